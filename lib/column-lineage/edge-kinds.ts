/**
 * How an output column comes from an upstream column, from the weakest
 * transformation to the strongest: copied as is, copied under another name,
 * computed by an expression, reduced by an aggregate, or only used to choose
 * or join rows (a filter, join, grouping or window key; such an edge has no
 * output column, as it shapes every row of the model).
 */
export const COLUMN_EDGE_KINDS = [
  "passthrough",
  "rename",
  "expression",
  "aggregation",
  "filter",
] as const;

export type ColumnEdgeKind = (typeof COLUMN_EDGE_KINDS)[number];

/** The kinds an output column's value is computed from (all but filter). */
export type ValueEdgeKind = Exclude<ColumnEdgeKind, "filter">;

const RANK: Record<ValueEdgeKind, number> = {
  passthrough: 0,
  rename: 1,
  expression: 2,
  aggregation: 3,
};

/** The stronger of two kinds: a path is as transformed as its strongest step. */
export function strongerKind(
  a: ValueEdgeKind,
  b: ValueEdgeKind,
): ValueEdgeKind {
  return RANK[a] >= RANK[b] ? a : b;
}

/** What a reader sees for each kind. */
export const COLUMN_EDGE_KIND_LABELS: Record<ColumnEdgeKind, string> = {
  passthrough: "passthrough",
  rename: "renamed",
  expression: "expression",
  aggregation: "aggregation",
  filter: "filter or join only",
};
