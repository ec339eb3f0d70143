import { listGroupKeys } from "@/lib/mesh/lineage/collapse-groups";
import { expandNeighbours } from "@/lib/mesh/lineage/expand";
import { buildAdjacency, type LineageNode } from "@/lib/mesh/lineage/graph";
import type {
  LineageData,
  LineageEdgeData,
  LineageGroupData,
  LineageNodeData,
  Neighbours,
} from "./lineage-data";

export type ExpandSide = "up" | "down";

export type Merged = {
  data: LineageData;
  /** Ids of the nodes the expansion added. */
  added: string[];
};

// The API already filtered neighbours by the view's types.
const ALL_TYPES = { include: null, exclude: [] } as const;

function toLineageNode(node: Neighbours["nodes"][number]): LineageNode {
  return {
    key: node.id,
    uniqueId: node.uniqueId,
    project: node.project,
    name: node.name,
    resourceType: node.resourceType,
    access: node.access,
    version: node.version,
    group: node.group,
    isExternal: node.external,
  };
}

/**
 * Adds the neighbours of one drawn node to a lineage view, in place of a
 * fresh view: the parents (`up`) or children (`down`) it does not show yet,
 * one hop further from the focus, with the edges that link them to what is
 * drawn. In a collapsed view, a node that walks away from the focus within
 * the hop limits was folded into a group: it is taken out of that group's
 * counts (and a group left empty disappears), so nothing is counted twice.
 */
export function mergeNeighbours(
  data: LineageData,
  nodeId: string,
  side: ExpandSide,
  neighbours: Neighbours,
  limits: { up: number; down: number },
): Merged {
  const at = data.nodes.find(
    (n): n is LineageNodeData => n.kind === "node" && n.id === nodeId,
  );
  if (!at) return { data, added: [] };
  const graph = buildAdjacency({
    nodes: neighbours.nodes.map(toLineageNode),
    edges: neighbours.edges.map((e) => ({
      parent: e.source,
      child: e.target,
      isCrossProject: e.crossProject,
      isHidden: e.hidden,
    })),
  });
  const shown = new Set(
    data.nodes.flatMap((n) => (n.kind === "node" ? [n.id] : [])),
  );
  const expansion = expandNeighbours(graph, nodeId, shown, {
    direction: side,
    filter: ALL_TYPES,
  });
  if (expansion.nodes.length === 0) return { data, added: [] };
  const depth = at.depth + (side === "up" ? -1 : 1);
  const added: LineageNodeData[] = expansion.nodes.map((n) => ({
    kind: "node",
    id: n.key,
    uniqueId: n.uniqueId,
    project: n.project,
    name: n.name,
    resourceType: n.resourceType,
    access: n.access,
    version: n.version,
    group: n.group,
    external: n.isExternal,
    depth,
  }));
  const isAwayFromFocus =
    side === "up"
      ? at.depth <= 0 && -depth <= limits.up
      : at.depth >= 0 && depth <= limits.down;
  const groups =
    data.collapsed && isAwayFromFocus
      ? takeOutOfGroups(data.nodes, added, side)
      : data.nodes;
  const kept = new Set(groups.map((n) => n.id));
  const edges = mergeEdges(
    data.edges.filter((e) => kept.has(e.source) && kept.has(e.target)),
    expansion.edges.map((e) => ({
      source: e.parent,
      target: e.child,
      crossProject: e.isCrossProject,
      hidden: e.isHidden,
      count: 1,
    })),
  );
  return {
    data: { ...data, nodes: [...groups, ...added], edges },
    added: added.map((n) => n.id),
  };
}

function takeOutOfGroups(
  elements: LineageData["nodes"],
  added: LineageNodeData[],
  side: ExpandSide,
): LineageData["nodes"] {
  const groups = new Map(
    elements.flatMap((e) => (e.kind === "group" ? [[e.id, e] as const] : [])),
  );
  const updated = new Map<string, LineageGroupData>();
  for (const node of added) {
    const keys = listGroupKeys(
      side === "up" ? "upstream" : "downstream",
      node.project,
      node.group,
    );
    const key = keys.find((k) => groups.has(k));
    const group =
      key === undefined ? undefined : (updated.get(key) ?? groups.get(key));
    if (!key || !group) continue;
    const ofType = (group.countsByType[node.resourceType] ?? 0) - 1;
    const countsByType = { ...group.countsByType };
    if (ofType > 0) countsByType[node.resourceType] = ofType;
    else delete countsByType[node.resourceType];
    updated.set(key, { ...group, count: group.count - 1, countsByType });
  }
  return elements.flatMap((e) => {
    const group = updated.get(e.id);
    if (!group) return [e];
    return group.count > 0 ? [group] : [];
  });
}

function mergeEdges(
  existing: LineageEdgeData[],
  added: LineageEdgeData[],
): LineageEdgeData[] {
  const byId = new Map(
    existing.map((e) => [`${e.source}\u0000${e.target}`, e]),
  );
  for (const edge of added) {
    const id = `${edge.source}\u0000${edge.target}`;
    if (!byId.has(id)) byId.set(id, edge);
  }
  return [...byId.values()];
}
