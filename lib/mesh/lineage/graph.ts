/**
 * The lineage graph as the pure traversal code sees it: nodes keyed by
 * `project:unique_id` (an installed package's node lives in every project that
 * installs it, so the unique_id alone is ambiguous), edges from parent to child.
 */

export type LineageNode = {
  /** `project:unique_id`, stable across re-ingests (database ids are not). */
  key: string;
  uniqueId: string;
  project: string;
  name: string;
  resourceType: string;
  access: string | null;
  version: string | null;
  group: string | null;
  /**
   * An unresolved reference: the producer project was never ingested, or no
   * longer has the node. Known only from the edge that names it.
   */
  isExternal: boolean;
};

export type LineageEdge = {
  parent: string;
  child: string;
  isCrossProject: boolean;
  /**
   * No ref records it: a source in the child's project reads the relation
   * the parent builds in another project (HIDDEN_DEPENDENCY_RULE).
   */
  isHidden: boolean;
};

export type LineageGraph = { nodes: LineageNode[]; edges: LineageEdge[] };

/** A graph indexed for traversal in both directions. */
export type Adjacency = {
  nodes: ReadonlyMap<string, LineageNode>;
  parents: ReadonlyMap<string, readonly string[]>;
  children: ReadonlyMap<string, readonly string[]>;
  edges: readonly LineageEdge[];
};

/** The key of a node: its project and unique_id, which together are unique. */
export function toNodeKey(project: string, uniqueId: string): string {
  return `${project}:${uniqueId}`;
}

/**
 * Indexes a graph by parent and child. Duplicate edges count once; edges that
 * name a node the graph lacks are kept, so a caller can tell what lies beyond.
 */
export function buildAdjacency(graph: LineageGraph): Adjacency {
  const nodes = new Map(graph.nodes.map((n) => [n.key, n]));
  const parents = new Map<string, string[]>();
  const children = new Map<string, string[]>();
  const seen = new Set<string>();
  const edges: LineageEdge[] = [];
  for (const edge of graph.edges) {
    const id = `${edge.parent}\u0000${edge.child}`;
    if (seen.has(id)) continue;
    seen.add(id);
    edges.push(edge);
    append(parents, edge.child, edge.parent);
    append(children, edge.parent, edge.child);
  }
  return { nodes, parents, children, edges };
}

function append(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The edges whose both ends are in `keys`: what a view of those nodes draws. */
export function selectInducedEdges(
  edges: readonly LineageEdge[],
  keys: ReadonlySet<string>,
): LineageEdge[] {
  return edges.filter((e) => keys.has(e.parent) && keys.has(e.child));
}
