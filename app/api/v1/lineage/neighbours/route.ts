import {
  describeIssues,
  neighboursQuerySchema,
  readQuery,
} from "@/lib/api/lineage-params";
import { focusProblem, presentNode } from "@/lib/api/present-lineage";
import { jsonError, jsonOk } from "@/lib/api/responses";
import { getNeighbourhood } from "@/lib/db/queries/lineage-neighbours";
import { withApiErrors } from "@/lib/api/api-errors";

export const dynamic = "force-dynamic";

/**
 * A node's direct neighbours (`direction` up, down or both) and every edge
 * touching them, for expanding the node in place.
 */
export const GET = withApiErrors(async function GET(
  request: Request,
): Promise<Response> {
  const query = neighboursQuerySchema.safeParse(readQuery(request));
  if (!query.success) return jsonError(400, describeIssues(query.error));
  const { node, project, direction, types } = query.data;
  const result = await getNeighbourhood({
    uniqueId: node,
    project,
    direction,
    filter: types,
  });
  if (result.status !== "found") return focusProblem(node, result);
  return jsonOk({
    node: result.focus,
    nodes: result.graph.nodes.map(presentNode),
    edges: result.graph.edges.map((e) => ({
      source: e.parent,
      target: e.child,
      crossProject: e.isCrossProject,
      hidden: e.isHidden,
    })),
    truncated: result.isTruncated,
  });
});
