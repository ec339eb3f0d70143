import type { LineageSelection, PlacedNode } from "./traverse";
import {
  aggregateEdges,
  groupNodes,
  type CollapsedGroup,
  type DrawnEdge,
  type Grain,
} from "./collapse-groups";

export type { CollapsedGroup, DrawnEdge } from "./collapse-groups";

/** What a browser can lay out and paint at once without freezing the tab. */
export const MAX_DRAWN_NODES = 500;

export type DrawnNode =
  ({ kind: "node" } & PlacedNode) | ({ kind: "group" } & CollapsedGroup);

export type CollapsedLineage = {
  focus: string;
  nodes: DrawnNode[];
  edges: DrawnEdge[];
  /** Nodes of the lineage, collapsed or not. */
  total: number;
  isCollapsed: boolean;
  isTruncated: boolean;
};

/**
 * Fits a lineage view into `maxNodes` drawn elements. A view that fits is
 * returned whole. Otherwise the focus and its direct neighbours stay expanded
 * (as many neighbours as half the budget allows, nearest projects first) and
 * every other node folds into a group node per side (upstream or downstream),
 * project and dbt group; when those are still too many, per side and project;
 * and then the smallest projects of a side share one "other projects" node.
 * Edges between folded nodes become one edge per pair of drawn elements,
 * counting the edges it stands for.
 */
export function collapseLineage(
  selection: LineageSelection,
  maxNodes: number = MAX_DRAWN_NODES,
): CollapsedLineage {
  const { focus, nodes, edges, isTruncated } = selection;
  const base = { focus, total: nodes.length, isTruncated };
  if (nodes.length <= maxNodes) {
    return {
      ...base,
      nodes: nodes.map((n) => ({ kind: "node", ...n })),
      edges: edges.map((e) => ({
        source: e.parent,
        target: e.child,
        isCrossProject: e.isCrossProject,
        isHidden: e.isHidden,
        count: 1,
      })),
      isCollapsed: false,
    };
  }
  const focusNode = nodes.find((n) => n.key === focus);
  const kept = selectKeptNodes(nodes, focusNode, Math.floor(maxNodes / 2));
  const keptKeys = new Set(kept.map((n) => n.key));
  const folded = nodes.filter((n) => !keptKeys.has(n.key));
  const budget = Math.max(maxNodes - kept.length, 2);
  let grouping = groupNodes(folded, "group", budget);
  for (const grain of ["project", "other"] as const satisfies Grain[]) {
    if (grouping.groups.length <= budget) break;
    grouping = groupNodes(folded, grain, budget);
  }
  const representative = (key: string) =>
    keptKeys.has(key) ? key : grouping.groupOf.get(key);
  return {
    ...base,
    nodes: [
      ...kept.map((n): DrawnNode => ({ kind: "node", ...n })),
      ...grouping.groups.map((g): DrawnNode => ({ kind: "group", ...g })),
    ],
    edges: aggregateEdges(edges, representative),
    isCollapsed: true,
  };
}

/** The focus, then its direct neighbours: its own project's first, then by project and name. */
function selectKeptNodes(
  nodes: PlacedNode[],
  focus: PlacedNode | undefined,
  limit: number,
): PlacedNode[] {
  const neighbours = nodes
    .filter((n) => Math.abs(n.depth) === 1)
    .sort(
      (a, b) =>
        Number(b.project === focus?.project) -
          Number(a.project === focus?.project) ||
        a.project.localeCompare(b.project) ||
        a.name.localeCompare(b.name) ||
        a.key.localeCompare(b.key),
    );
  const kept = focus ? [focus] : [];
  return [...kept, ...neighbours.slice(0, Math.max(limit - kept.length, 0))];
}
