import type { NodeDetail } from "@/lib/db/queries/nodes";
import type { NeighbourView } from "@/lib/db/queries/neighbours";

/** A neighbour as the JSON API documents it: `resolved` says whether it points at a stored node. */
function presentNeighbour(n: NeighbourView) {
  const { isCrossProject, isResolved, ...rest } = n;
  return { ...rest, crossProject: isCrossProject, resolved: isResolved };
}

/** The JSON shape of `GET /api/v1/nodes/{unique_id}`. */
export function presentNode(node: NodeDetail) {
  const { parents, children, rawCode, compiledCode, ...rest } = node;
  return {
    ...rest,
    code: { raw: rawCode, compiled: compiledCode },
    parents: parents.map(presentNeighbour),
    children: children.map(presentNeighbour),
  };
}
