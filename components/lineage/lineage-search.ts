import { toNodeLabel } from "@/lib/artifacts/node-label";
import type { LineageElement, LineageNodeData } from "./lineage-data";

/** Matches shown at most for a search within the graph. */
export const SEARCH_LIMIT = 8;

/**
 * The drawn nodes whose name (or unique id) contains the query, ignoring
 * case: exact names first, then names that start with it, then the rest,
 * each by name. Group nodes are not searchable: they have no name.
 */
export function searchLineage(
  elements: readonly LineageElement[],
  query: string,
  limit = SEARCH_LIMIT,
): LineageNodeData[] {
  const needle = query.trim().toLowerCase();
  if (needle === "") return [];
  const rank = (node: LineageNodeData): number => {
    const name = toNodeLabel(node).toLowerCase();
    if (name === needle) return 0;
    if (name.startsWith(needle)) return 1;
    if (name.includes(needle)) return 2;
    return node.uniqueId.toLowerCase().includes(needle) ? 3 : -1;
  };
  return elements
    .flatMap((e) => {
      if (e.kind !== "node") return [];
      const score = rank(e);
      return score < 0 ? [] : [{ node: e, score }];
    })
    .sort(
      (a, b) =>
        a.score - b.score ||
        a.node.name.localeCompare(b.node.name) ||
        a.node.project.localeCompare(b.node.project),
    )
    .slice(0, limit)
    .map((m) => m.node);
}
