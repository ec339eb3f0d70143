/**
 * The recursive CTE `walk(seed, project_id, unique_id, column_name)`: column
 * edges followed downstream from the upstream columns `seedWhere` picks (an
 * SQL condition on column_edges `e`), each reached column tagged with the
 * seed column it came from. A rows-only edge (no output column) ends its
 * branch; UNION keeps each row once, so cycles and diamonds end. With
 * `withKind`, the edge kind is kept too (one row per kind).
 */
export function columnWalkSql(seedWhere: string, withKind = false): string {
  const kind = withKind ? ", e.kind" : "";
  return `walk(seed, project_id, unique_id, column_name${withKind ? ", kind" : ""}) AS (
    SELECT e.upstream_column, e.project_id, e.unique_id, e.column_name${kind} FROM column_edges e
    WHERE ${seedWhere}
    UNION
    SELECT w.seed, e.project_id, e.unique_id, e.column_name${kind} FROM walk w
    JOIN column_edges e ON e.upstream_unique_id = w.unique_id AND e.upstream_column = w.column_name
    WHERE w.column_name IS NOT NULL
  )`;
}
