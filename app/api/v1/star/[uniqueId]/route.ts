import {
  describeIssues,
  projectQuerySchema,
  readQuery,
  uniqueIdSchema,
} from "@/lib/api/lineage-params";
import { focusProblem, presentStar } from "@/lib/api/present-lineage";
import { jsonError, jsonOk } from "@/lib/api/responses";
import { getStar } from "@/lib/db/queries/lineage-star";
import { withApiErrors } from "@/lib/api/api-errors";

export const dynamic = "force-dynamic";

/**
 * The star a node belongs to: tables with their columns and keys marked, and
 * the relationships between them with cardinality and where each is declared.
 */
export const GET = withApiErrors(async function GET(
  request: Request,
  { params }: { params: Promise<{ uniqueId: string }> },
): Promise<Response> {
  const query = projectQuerySchema.safeParse(readQuery(request));
  if (!query.success) return jsonError(400, describeIssues(query.error));
  const id = uniqueIdSchema.safeParse((await params).uniqueId);
  if (!id.success) return jsonError(400, describeIssues(id.error));
  const result = await getStar({
    uniqueId: id.data,
    project: query.data.project,
  });
  if (result.status !== "found") return focusProblem(id.data, result);
  return jsonOk(presentStar(result.star, result.isTruncated));
});
