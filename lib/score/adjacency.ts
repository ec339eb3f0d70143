/** A compressed adjacency list: the neighbours of node i are list[start[i]] .. list[start[i + 1] - 1]. */
export type Adjacency = { start: Int32Array; list: Int32Array };

/**
 * Builds the adjacency of `count` nodes from pairs (from[k] → to[k]) in two
 * linear passes, without an array per node: upstream walks over 20k-node
 * projects then read plain typed arrays.
 */
export function buildAdjacency(
  count: number,
  from: readonly number[],
  to: readonly number[],
): Adjacency {
  const start = new Int32Array(count + 1);
  for (const node of from) start[node + 1] = (start[node + 1] ?? 0) + 1;
  for (let i = 1; i <= count; i++)
    start[i] = (start[i] ?? 0) + (start[i - 1] ?? 0);
  const list = new Int32Array(from.length);
  const fill = start.slice(0, count);
  from.forEach((node, k) => {
    const slot = fill[node] ?? 0;
    list[slot] = to[k] ?? 0;
    fill[node] = slot + 1;
  });
  return { start, list };
}
