import { answerChangesJson } from "@/lib/api/changes-feed";
import { withApiErrors } from "@/lib/api/api-errors";

export const dynamic = "force-dynamic";

/** The change feed: `?project=&breaking=&limit=&offset=`, newest first. */
export const GET = withApiErrors(function GET(request: Request) {
  return answerChangesJson(request);
});
