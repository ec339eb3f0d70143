import type { Adjacency, LineageEdge, LineageNode } from "./graph";
import { isTypeShown, type TypeFilter } from "./type-filter";

export type ExpandDirection = "up" | "down" | "both";

export type Expansion = {
  /** Neighbours of the node that the view did not show yet. */
  nodes: LineageNode[];
  /** Edges from those neighbours to them or to nodes already shown. */
  edges: LineageEdge[];
};

/**
 * The neighbours of one node beyond the nodes already shown (`shown`), for
 * "expand" in place: its parents, children or both whose type the filter
 * shows, and every edge that links them to the view. The graph only needs to
 * know the node's neighbourhood and their edges, not the whole view.
 */
export function expandNeighbours(
  graph: Adjacency,
  key: string,
  shown: ReadonlySet<string>,
  options: { direction: ExpandDirection; filter: TypeFilter },
): Expansion {
  const candidates = [
    ...(options.direction === "down" ? [] : (graph.parents.get(key) ?? [])),
    ...(options.direction === "up" ? [] : (graph.children.get(key) ?? [])),
  ];
  const added = new Map<string, LineageNode>();
  for (const candidate of candidates) {
    if (shown.has(candidate) || candidate === key) continue;
    const node = graph.nodes.get(candidate);
    if (node && isTypeShown(options.filter, node.resourceType))
      added.set(candidate, node);
  }
  const isInView = (k: string) => shown.has(k) || added.has(k) || k === key;
  const edges = graph.edges.filter(
    (e) =>
      (added.has(e.parent) || added.has(e.child)) &&
      isInView(e.parent) &&
      isInView(e.child),
  );
  return { nodes: [...added.values()], edges };
}
