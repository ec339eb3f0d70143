import { answerChangesAtom } from "@/lib/api/changes-feed";
import { withApiErrors } from "@/lib/api/api-errors";

export const dynamic = "force-dynamic";

/** The mesh's change feed as Atom. */
export const GET = withApiErrors(function GET(request: Request) {
  return answerChangesAtom(request);
});
