import { arrangeLanes } from "./compute-layout";
import type { LayoutRequest, LayoutResult, Point } from "./layout-types";

/**
 * Past this many nodes, a graph without routes is laid out here rather than
 * by ELK: half a second of ELK buys a few crossings fewer.
 */
export const LARGE_GRAPH = 150;

/** Down and up passes that reorder each layer by its neighbours' places. */
const SWEEPS = 4;

/**
 * Whether a request is laid out here, on the calling thread, rather than by
 * ELK in the worker: a large graph whose edges are drawn as curves between
 * handles (no routes) and whose nodes have no ports. ELK spends half a second
 * on 500 such nodes, and lanes re-place them vertically anyway; this takes a
 * few milliseconds.
 */
export function isQuickLayout(request: LayoutRequest): boolean {
  return (
    request.edgeRouting === "none" &&
    request.nodes.length > LARGE_GRAPH &&
    request.nodes.every((n) => !n.ports)
  );
}

/**
 * Places nodes in layers, left to right: each node one layer right of its
 * furthest-left parent (longest path), `first` and `last` nodes pinned to the
 * ends, and the nodes of each layer ordered by where their neighbours sit
 * (the barycenter heuristic, a few sweeps each way), which keeps most edges
 * from crossing. A cycle (possible between folded groups) is broken at the
 * node with the fewest unplaced parents.
 */
export function placeInLayers(request: LayoutRequest): Map<string, Point> {
  const ids = request.nodes.map((n) => n.id);
  const known = new Set(ids);
  const parents = new Map<string, string[]>(ids.map((id) => [id, []]));
  const children = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const edge of request.edges) {
    if (!known.has(edge.source) || !known.has(edge.target)) continue;
    if (edge.source === edge.target) continue;
    parents.get(edge.target)?.push(edge.source);
    children.get(edge.source)?.push(edge.target);
  }

  const layer = assignLayers(ids, parents, children);
  const pinned = new Map(request.nodes.map((n) => [n.id, n.layer]));
  const deepest = Math.max(0, ...layer.values());
  for (const [id, pin] of pinned) {
    if (pin === "first") layer.set(id, 0);
    if (pin === "last") layer.set(id, deepest);
  }

  const layers: string[][] = Array.from({ length: deepest + 1 }, () => []);
  for (const id of ids) layers[layer.get(id) ?? 0]?.push(id);
  orderLayers(layers, parents, children);

  const size = new Map(request.nodes.map((n) => [n.id, n]));
  const stackHeight = (stack: readonly string[]) =>
    stack.reduce((sum, id) => sum + (size.get(id)?.height ?? 0), 0) +
    request.nodeSpacing * Math.max(stack.length - 1, 0);
  const tallest = Math.max(0, ...layers.map(stackHeight));
  const placed = new Map<string, Point>();
  let x = 0;
  for (const stack of layers) {
    // Each layer centred on the tallest, as ELK places them.
    let y = (tallest - stackHeight(stack)) / 2;
    let widest = 0;
    for (const id of stack) {
      const node = size.get(id);
      placed.set(id, { x, y });
      y += (node?.height ?? 0) + request.nodeSpacing;
      widest = Math.max(widest, node?.width ?? 0);
    }
    if (stack.length > 0) x += widest + request.layerSpacing;
  }
  return placed;
}

/** Longest-path layers in topological order; cycles broken where fewest parents wait. */
function assignLayers(
  ids: readonly string[],
  parents: ReadonlyMap<string, string[]>,
  children: ReadonlyMap<string, string[]>,
): Map<string, number> {
  const waiting = new Map(ids.map((id) => [id, parents.get(id)?.length ?? 0]));
  const layer = new Map<string, number>();
  const ready = ids.filter((id) => waiting.get(id) === 0);
  const place = (id: string) => {
    let at = 0;
    for (const parent of parents.get(id) ?? []) {
      const above = layer.get(parent);
      if (above !== undefined) at = Math.max(at, above + 1);
    }
    layer.set(id, at);
    for (const child of children.get(id) ?? []) {
      const left = (waiting.get(child) ?? 0) - 1;
      waiting.set(child, left);
      if (left === 0 && !layer.has(child)) ready.push(child);
    }
  };
  while (layer.size < ids.length) {
    const next = ready.pop();
    if (next !== undefined) {
      if (!layer.has(next)) place(next);
      continue;
    }
    // Only cycles remain: start at the node with the fewest unplaced parents.
    let best: string | undefined;
    for (const id of ids)
      if (
        !layer.has(id) &&
        (best === undefined ||
          (waiting.get(id) ?? 0) < (waiting.get(best) ?? 0))
      )
        best = id;
    if (best !== undefined) place(best);
  }
  return layer;
}

/** Barycenter sweeps: down by parents' places, up by children's; ties keep their order. */
function orderLayers(
  layers: string[][],
  parents: ReadonlyMap<string, string[]>,
  children: ReadonlyMap<string, string[]>,
): void {
  const rank = new Map<string, number>();
  const rerank = (stack: readonly string[]) =>
    stack.forEach((id, i) =>
      rank.set(id, stack.length > 1 ? i / (stack.length - 1) : 0.5),
    );
  layers.forEach(rerank);
  const sortBy = (
    stack: string[],
    neighbours: ReadonlyMap<string, string[]>,
  ) => {
    const key = new Map<string, number>();
    for (const id of stack) {
      const near = (neighbours.get(id) ?? []).flatMap((n) => {
        const r = rank.get(n);
        return r === undefined ? [] : [r];
      });
      key.set(
        id,
        near.length > 0
          ? near.reduce((sum, r) => sum + r, 0) / near.length
          : (rank.get(id) ?? 0.5),
      );
    }
    stack.sort((a, b) => (key.get(a) ?? 0) - (key.get(b) ?? 0));
    rerank(stack);
  };
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    if (sweep % 2 === 0)
      for (const stack of layers.slice(1)) sortBy(stack, parents);
    else
      for (const stack of layers.slice(0, -1).reverse())
        sortBy(stack, children);
  }
}

/** The whole layout of a quick request: layers, then lanes when it has them. */
export function layOutQuickly(request: LayoutRequest): LayoutResult {
  const start = performance.now();
  const placed = placeInLayers(request);
  const size = new Map(request.nodes.map((n) => [n.id, n]));
  let width = 0;
  let height = 0;
  for (const [id, point] of placed) {
    width = Math.max(width, point.x + (size.get(id)?.width ?? 0));
    height = Math.max(height, point.y + (size.get(id)?.height ?? 0));
  }
  const arranged = request.hasLanes
    ? arrangeLanes(request.nodes, placed, request.nodeSpacing)
    : { positions: Object.fromEntries(placed), lanes: [], width, height };
  return { ...arranged, routes: {}, elapsedMs: performance.now() - start };
}
