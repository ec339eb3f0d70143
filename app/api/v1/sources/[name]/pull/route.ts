import { withApiErrors } from "@/lib/api/api-errors";
import { requestPullNow } from "@/lib/api/source-pull-now";

export const dynamic = "force-dynamic";

/** Pull a source now (a token that may write its project). */
export const POST = withApiErrors(async function POST(
  request: Request,
  context: { params: Promise<{ name: string }> },
): Promise<Response> {
  return requestPullNow(request, (await context.params).name);
});
