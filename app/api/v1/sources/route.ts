import { withApiErrors } from "@/lib/api/api-errors";
import { jsonOk } from "@/lib/api/responses";
import { getSourcesStatus } from "@/lib/sources/source-status";

export const dynamic = "force-dynamic";

/** Every configured source: last success, last error, next run, what the last pull changed. */
export const GET = withApiErrors(async function GET(): Promise<Response> {
  return jsonOk(await getSourcesStatus());
});
