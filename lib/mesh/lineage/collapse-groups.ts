import type { LineageEdge } from "./graph";
import type { PlacedNode } from "./traverse";

/** How finely folded nodes are grouped: by dbt group, by project, or by project with a catch-all. */
export type Grain = "group" | "project" | "other";

export type LineageSide = "upstream" | "downstream";

/** Nodes folded into one drawn element, with what it stands for. */
export type CollapsedGroup = {
  key: string;
  side: LineageSide;
  /** Null when the group gathers several projects ("other projects"). */
  project: string | null;
  /** The dbt group, at the finest grain; null for ungrouped nodes or coarser grains. */
  group: string | null;
  projectCount: number;
  count: number;
  countsByType: Record<string, number>;
  /** Nearest and farthest hops from the focus among the folded nodes. */
  minHops: number;
  maxHops: number;
  /** True when every folded node is an unresolved reference. */
  isExternal: boolean;
};

export type DrawnEdge = {
  source: string;
  target: string;
  isCrossProject: boolean;
  /** Every lineage edge it stands for is a hidden dependency (see LineageEdge). */
  isHidden: boolean;
  /** How many lineage edges this drawn edge stands for. */
  count: number;
};

type Grouping = {
  groups: CollapsedGroup[];
  groupOf: Map<string, string>;
};

const OTHER = "*";

/** Folds nodes into groups at the given grain; `budget` bounds the "other" grain. */
export function groupNodes(
  nodes: PlacedNode[],
  grain: Grain,
  budget: number,
): Grouping {
  const byKey = new Map<string, PlacedNode[]>();
  for (const node of nodes) {
    const key = groupKeyOf(node, grain === "group");
    const members = byKey.get(key);
    if (members) members.push(node);
    else byKey.set(key, [node]);
  }
  if (grain === "other" && byKey.size > budget) mergeSmallest(byKey, budget);
  const groups: CollapsedGroup[] = [];
  const groupOf = new Map<string, string>();
  for (const [key, members] of byKey) {
    groups.push(describeGroup(key, members, grain === "group"));
    for (const member of members) groupOf.set(member.key, key);
  }
  groups.sort(
    (a, b) =>
      a.side.localeCompare(b.side) ||
      (a.project ?? "\uffff").localeCompare(b.project ?? "\uffff") ||
      (a.group ?? "").localeCompare(b.group ?? ""),
  );
  return { groups, groupOf };
}

function sideOf(node: PlacedNode): LineageSide {
  return node.depth < 0 ? "upstream" : "downstream";
}

function groupKeyOf(node: PlacedNode, isByGroup: boolean): string {
  const [byGroup, byProject] = listGroupKeys(
    sideOf(node),
    node.project,
    node.group,
  );
  return (isByGroup ? byGroup : byProject) ?? "";
}

/**
 * The keys of the group nodes a node may be folded into, finest grain first:
 * its side, project and dbt group; its side and project; its side's "other
 * projects". A view that expands a node in place uses them to take the node
 * out of the group that counted it.
 */
export function listGroupKeys(
  side: LineageSide,
  project: string,
  group: string | null,
): [byGroup: string, byProject: string, other: string] {
  const base = `group:${side}:${project}`;
  return [`${base}:${group ?? ""}`, base, `group:${side}:${OTHER}`];
}

/** Keeps the largest groups and merges the rest into one catch-all per side. */
function mergeSmallest(byKey: Map<string, PlacedNode[]>, budget: number): void {
  const ranked = [...byKey].sort(
    (a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]),
  );
  // One catch-all per side that has groups: the rest of the budget keeps the largest.
  const sides = new Set(
    ranked.map(([, members]) => sideOf(members[0] as PlacedNode)),
  );
  const keep = Math.max(budget - sides.size, 0);
  for (const [key, members] of ranked.slice(keep)) {
    byKey.delete(key);
    const side = sideOf(members[0] as PlacedNode);
    const other = `group:${side}:${OTHER}`;
    byKey.set(other, [...(byKey.get(other) ?? []), ...members]);
  }
}

function describeGroup(
  key: string,
  members: PlacedNode[],
  isByGroup: boolean,
): CollapsedGroup {
  const first = members[0] as PlacedNode;
  const projects = new Set(members.map((m) => m.project));
  const countsByType: Record<string, number> = {};
  let minHops = Infinity;
  let maxHops = 0;
  for (const m of members) {
    countsByType[m.resourceType] = (countsByType[m.resourceType] ?? 0) + 1;
    minHops = Math.min(minHops, Math.abs(m.depth));
    maxHops = Math.max(maxHops, Math.abs(m.depth));
  }
  return {
    key,
    side: sideOf(first),
    project: projects.size === 1 ? first.project : null,
    group: isByGroup && projects.size === 1 ? first.group : null,
    projectCount: projects.size,
    count: members.length,
    countsByType,
    minHops,
    maxHops,
    isExternal: members.every((m) => m.isExternal),
  };
}

/**
 * Re-points edges at the drawn element standing for each end, dropping those
 * inside one group, and merges parallel ones into a counted edge.
 */
export function aggregateEdges(
  edges: readonly LineageEdge[],
  representative: (key: string) => string | undefined,
): DrawnEdge[] {
  const merged = new Map<string, DrawnEdge>();
  for (const edge of edges) {
    const source = representative(edge.parent);
    const target = representative(edge.child);
    if (source === undefined || target === undefined || source === target)
      continue;
    const id = `${source}\u0000${target}`;
    const existing = merged.get(id);
    if (existing) {
      existing.count += 1;
      existing.isCrossProject ||= edge.isCrossProject;
      existing.isHidden &&= edge.isHidden;
    } else {
      merged.set(id, {
        source,
        target,
        isCrossProject: edge.isCrossProject,
        isHidden: edge.isHidden,
        count: 1,
      });
    }
  }
  return [...merged.values()];
}
