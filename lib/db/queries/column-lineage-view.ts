import "server-only";
import type { ColumnEdgeKind } from "@/lib/column-lineage/edge-kinds";
import { columnWalkSql } from "../column-walk-sql";
import type { Reader } from "./read";

/** An upstream column one of a model's columns comes from. */
export type ColumnSourceView = {
  project: string;
  uniqueId: string;
  /** The upstream node's name; null when that node is not stored (yet). */
  name: string | null;
  column: string;
  kind: ColumnEdgeKind;
};

/** Where a column comes from and how much uses it downstream, in every project. */
export type ColumnLineageView = {
  sources: ColumnSourceView[];
  downstream: {
    columns: number;
    models: number;
    projects: number;
    exposures: number;
  };
};

/** How far a model's column lineage got. */
export type ModelLineageStatus =
  | { state: "derived"; hasCompiledSql: boolean }
  | {
      state: "parse_error" | "unknown_columns";
      error: string;
      hasCompiledSql: boolean;
    }
  /** Compiled SQL came with the last ingest; derivation has not reached it yet. */
  | { state: "computing" }
  | { state: "no_compiled_sql" };

const NO_DOWNSTREAM = { columns: 0, models: 0, projects: 0, exposures: 0 };

/**
 * A model's column lineage for its page: each column's sources (keyed by the
 * folded column name) and downstream counts (exposures: those reading the
 * model or any model the column reaches, as exposures name models, the same
 * rule as getColumnImpact), and the state of its derivation. A column not
 * in the map has no sources and `unused` downstream.
 */
export async function readColumnLineageView(
  db: Reader,
  node: {
    projectId: number;
    uniqueId: string;
    nodeId: bigint;
    hasCompiledSql: boolean;
  },
): Promise<{
  status: ModelLineageStatus;
  columns: Map<string, ColumnLineageView>;
  /** A column nothing derives from: only the exposures reading the model. */
  unused: ColumnLineageView["downstream"];
}> {
  const [state] = await db.$queryRawUnsafe<
    { status: string; error: string | null; has_compiled_sql: boolean }[]
  >(
    "SELECT status, error, has_compiled_sql FROM column_lineage_models WHERE project_id = $1 AND unique_id = $2",
    node.projectId,
    node.uniqueId,
  );
  const status = toStatus(state, node.hasCompiledSql);
  const sources = await db.$queryRawUnsafe<
    (ColumnSourceView & { output: string })[]
  >(
    `SELECT e.column_name AS output, e.upstream_project AS project, e.upstream_unique_id AS "uniqueId",
            n.name, e.upstream_column AS column, e.kind
     FROM column_edges e
     LEFT JOIN projects up ON up.name = e.upstream_project
     LEFT JOIN nodes n ON n.project_id = up.id AND n.unique_id = e.upstream_unique_id
     WHERE e.project_id = $1 AND e.unique_id = $2 AND e.column_name IS NOT NULL
     ORDER BY e.column_name, e.upstream_project, e.upstream_unique_id, e.upstream_column`,
    node.projectId,
    node.uniqueId,
  );
  const downstream = await db.$queryRawUnsafe<
    {
      seed: string;
      columns: number;
      models: number;
      projects: number;
      exposures: number;
    }[]
  >(
    `WITH RECURSIVE ${columnWalkSql("e.upstream_unique_id = $1")},
     reached AS (SELECT DISTINCT seed, project_id, unique_id FROM walk),
     exposures AS (
       SELECT r.seed, x.id, x.project_id FROM reached r
       JOIN nodes m ON m.project_id = r.project_id AND m.unique_id = r.unique_id
       JOIN edges e ON e.parent_id = m.id
       JOIN nodes x ON x.id = e.child_id AND x.resource_type = 'exposure'
       UNION
       SELECT r.seed, x.id, x.project_id FROM (SELECT DISTINCT seed FROM walk) r
       JOIN edges e ON e.parent_id = $2::bigint
       JOIN nodes x ON x.id = e.child_id AND x.resource_type = 'exposure'
     )
     SELECT s.seed,
            (SELECT count(*) FROM walk w WHERE w.seed = s.seed AND w.column_name IS NOT NULL)::int AS columns,
            (SELECT count(*) FROM reached r WHERE r.seed = s.seed)::int AS models,
            (SELECT count(DISTINCT p) FROM (SELECT r.project_id AS p FROM reached r WHERE r.seed = s.seed
                                            UNION SELECT x.project_id FROM exposures x WHERE x.seed = s.seed) ps)::int AS projects,
            (SELECT count(DISTINCT x.id) FROM exposures x WHERE x.seed = s.seed)::int AS exposures
     FROM (SELECT DISTINCT seed FROM walk) s`,
    node.uniqueId,
    node.nodeId,
  );
  // Exposures name models, not columns: those reading this model count for each of its columns.
  const [own] = await db.$queryRawUnsafe<
    { exposures: number; projects: number }[]
  >(
    `SELECT count(DISTINCT x.id)::int AS exposures, count(DISTINCT x.project_id)::int AS projects
     FROM edges e JOIN nodes x ON x.id = e.child_id AND x.resource_type = 'exposure'
     WHERE e.parent_id = $1::bigint`,
    node.nodeId,
  );
  const unused = {
    ...NO_DOWNSTREAM,
    exposures: own?.exposures ?? 0,
    projects: own?.projects ?? 0,
  };
  const columns = new Map<string, ColumnLineageView>();
  const entry = (column: string) => {
    const found = columns.get(column) ?? { sources: [], downstream: unused };
    columns.set(column, found);
    return found;
  };
  for (const { output, ...source } of sources)
    entry(output).sources.push(source);
  for (const { seed, ...counts } of downstream) entry(seed).downstream = counts;
  return { status, columns, unused };
}

function toStatus(
  state:
    | { status: string; error: string | null; has_compiled_sql: boolean }
    | undefined,
  hasCompiledSql: boolean,
): ModelLineageStatus {
  if (!state)
    return hasCompiledSql
      ? { state: "computing" }
      : { state: "no_compiled_sql" };
  if (state.status === "parse_error" || state.status === "unknown_columns")
    return {
      state: state.status,
      error: state.error ?? "",
      hasCompiledSql: state.has_compiled_sql,
    };
  return { state: "derived", hasCompiledSql: state.has_compiled_sql };
}
