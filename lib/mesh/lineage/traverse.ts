import {
  selectInducedEdges,
  type Adjacency,
  type LineageEdge,
  type LineageNode,
} from "./graph";
import { isTypeShown, type TypeFilter } from "./type-filter";

/** Hops a lineage view walks each way unless told otherwise. */
export const DEFAULT_HOPS = 2;

/** Hops a view may ask for by number; past this, "full" says what is meant. */
export const MAX_HOPS = 50;

/** Hops to walk in one direction; `Infinity` walks the full lineage. */
export type HopLimit = number;

export type TraversalOptions = {
  up: HopLimit;
  down: HopLimit;
  filter: TypeFilter;
  /** Stop once this many nodes are reached (the rest is reported as truncated). */
  maxNodes?: number;
};

/** A node of a lineage view with its signed distance: negative upstream, positive downstream. */
export type PlacedNode = LineageNode & { depth: number };

export type LineageSelection = {
  focus: string;
  nodes: PlacedNode[];
  edges: LineageEdge[];
  /** True when `maxNodes` stopped the walk before the hop limits did. */
  isTruncated: boolean;
};

type Side = { direction: "up" | "down"; limit: number; frontier: string[] };

/**
 * Walks the lineage of `focus`: ancestors up to `up` hops and descendants up to
 * `down` hops, breadth first, one hop up then one down, so that a node cap
 * leaves both sides the nearest nodes. Only nodes whose type the filter shows
 * are walked through (the focus is always kept). Every node is visited once,
 * so cycles (allowed between projects, never expected between nodes) end the
 * walk instead of looping. Returns each node's signed hop distance.
 */
export function walkLineage(
  graph: Adjacency,
  focus: string,
  options: TraversalOptions,
): { depths: Map<string, number>; isTruncated: boolean } {
  const depths = new Map<string, number>();
  if (!graph.nodes.has(focus)) return { depths, isTruncated: false };
  depths.set(focus, 0);
  const maxNodes = options.maxNodes ?? Infinity;
  const sides: Side[] = [
    { direction: "up", limit: options.up, frontier: [focus] },
    { direction: "down", limit: options.down, frontier: [focus] },
  ];
  for (let hop = 1; sides.some((s) => isOpen(s, hop)); hop++) {
    for (const side of sides) {
      if (!isOpen(side, hop)) continue;
      const next: string[] = [];
      const links = side.direction === "up" ? graph.parents : graph.children;
      for (const key of side.frontier) {
        for (const neighbour of links.get(key) ?? []) {
          if (depths.has(neighbour)) continue;
          const node = graph.nodes.get(neighbour);
          if (!node || !isTypeShown(options.filter, node.resourceType))
            continue;
          if (depths.size >= maxNodes) return { depths, isTruncated: true };
          depths.set(neighbour, side.direction === "up" ? -hop : hop);
          next.push(neighbour);
        }
      }
      side.frontier = next;
    }
  }
  return { depths, isTruncated: false };
}

function isOpen(side: Side, hop: number): boolean {
  return side.frontier.length > 0 && hop <= side.limit;
}

/**
 * The lineage view of `focus` (see `walkLineage`): its nodes with their
 * distance, and every edge between two of them, including edges that skip
 * past the focus.
 */
export function selectLineage(
  graph: Adjacency,
  focus: string,
  options: TraversalOptions,
): LineageSelection {
  const { depths, isTruncated } = walkLineage(graph, focus, options);
  const nodes: PlacedNode[] = [];
  for (const [key, depth] of depths) {
    const node = graph.nodes.get(key);
    if (node) nodes.push({ ...node, depth });
  }
  const edges = selectInducedEdges(graph.edges, new Set(depths.keys()));
  return { focus, nodes, edges, isTruncated };
}
