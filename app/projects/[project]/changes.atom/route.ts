import { answerChangesAtom } from "@/lib/api/changes-feed";
import { withApiErrors } from "@/lib/api/api-errors";
import { decodeSegment } from "@/lib/urls";

export const dynamic = "force-dynamic";

/** One project's change feed as Atom. */
export const GET = withApiErrors(async function GET(
  request: Request,
  { params }: { params: Promise<{ project: string }> },
) {
  const { project } = await params;
  return answerChangesAtom(request, decodeSegment(project));
});
