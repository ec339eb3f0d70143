import "server-only";
import type pg from "pg";
import { pickRelationColumns } from "@/lib/column-lineage/from-artifacts";
import type {
  ModelColumnLineage,
  ModelSqlInput,
  UpstreamRelation,
} from "@/lib/column-lineage/types";
import { getPool } from "./client";

/** A project's SQL models as column lineage needs them, and what was derived before. */
export type LineageWork = {
  projectId: number;
  /** Models with compiled SQL. */
  inputs: ModelSqlInput[];
  /** SQL models the latest manifest brought without compiled SQL. */
  withoutCompiledSql: string[];
  /** input_hash of each model derived before. */
  storedHashes: Map<string, string>;
};

type ModelRow = { unique_id: string; compiled_code: string | null };
type UpstreamRow = {
  model: string;
  unique_id: string;
  project: string;
  database_name: string | null;
  schema_name: string | null;
  identifier: string;
  contract_enforced: boolean;
  columns: {
    name: string;
    dataType: string | null;
    catalogType: string | null;
  }[];
};

/** Reads a project's models, the relations each reads (in any project) with their columns, and the stored hashes. */
export async function readLineageWork(
  project: string,
): Promise<LineageWork | null> {
  const pool = getPool();
  const found = await pool.query<{ id: number; adapter_type: string | null }>(
    "SELECT id, adapter_type FROM projects WHERE name = $1",
    [project],
  );
  const row = found.rows[0];
  if (!row) return null;
  const [models, upstream, stored] = await Promise.all([
    pool.query<ModelRow>(
      `SELECT unique_id, compiled_code FROM nodes
       WHERE project_id = $1 AND resource_type = 'model' AND coalesce(language, 'sql') = 'sql'`,
      [row.id],
    ),
    pool.query<UpstreamRow>(
      `SELECT child.unique_id AS model, parent.unique_id, pp.name AS project,
         parent.database_name, parent.schema_name, coalesce(parent.alias, parent.name) AS identifier,
         parent.contract_enforced,
         coalesce((SELECT json_agg(json_build_object('name', c.name, 'dataType', c.data_type, 'catalogType', c.catalog_type) ORDER BY c.position)
                   FROM columns c WHERE c.node_id = parent.id), '[]') AS columns
       FROM edges e
       JOIN nodes child ON child.id = e.child_id
       JOIN nodes parent ON parent.id = e.parent_id
       JOIN projects pp ON pp.id = parent.project_id
       WHERE e.project_id = $1 AND child.resource_type = 'model' AND child.compiled_code IS NOT NULL`,
      [row.id],
    ),
    pool.query<{ unique_id: string; input_hash: string }>(
      "SELECT unique_id, input_hash FROM column_lineage_models WHERE project_id = $1",
      [row.id],
    ),
  ]);
  const byModel = new Map<string, UpstreamRelation[]>();
  for (const r of upstream.rows) {
    const list = byModel.get(r.model) ?? [];
    list.push(toRelation(r));
    byModel.set(r.model, list);
  }
  return {
    projectId: row.id,
    inputs: models.rows.flatMap((m) =>
      m.compiled_code === null
        ? []
        : [
            {
              uniqueId: m.unique_id,
              compiledCode: m.compiled_code,
              adapterType: row.adapter_type,
              upstream: byModel.get(m.unique_id) ?? [],
            },
          ],
    ),
    withoutCompiledSql: models.rows
      .filter((m) => m.compiled_code === null)
      .map((m) => m.unique_id),
    storedHashes: new Map(stored.rows.map((s) => [s.unique_id, s.input_hash])),
  };
}

function toRelation(row: UpstreamRow): UpstreamRelation {
  const catalog = row.columns
    .filter((c) => c.catalogType !== null)
    .map((c) => ({ name: c.name, type: c.catalogType }));
  return {
    uniqueId: row.unique_id,
    project: row.project,
    database: row.database_name,
    schema: row.schema_name,
    identifier: row.identifier,
    columns: pickRelationColumns(catalog, row.columns),
    isComplete: catalog.length > 0 || row.contract_enforced,
  };
}

export type DerivedModel = {
  uniqueId: string;
  inputHash: string;
  lineage: ModelColumnLineage;
};

/**
 * Stores what one run derived for a project, in one transaction: each
 * derived model's edges replace its old ones; models without compiled SQL
 * keep theirs, marked so; models gone from the project lose theirs.
 */
export async function writeColumnLineage(
  work: LineageWork,
  derived: readonly DerivedModel[],
  now: Date,
): Promise<void> {
  const client = await getPool().connect();
  try {
    await client.query("BEGIN");
    for (const model of derived)
      await replaceModel(client, work.projectId, model, now);
    await client.query(
      `UPDATE column_lineage_models SET has_compiled_sql = (unique_id <> ALL($2::text[]))
       WHERE project_id = $1`,
      [work.projectId, work.withoutCompiledSql],
    );
    const present = [
      ...work.inputs.map((i) => i.uniqueId),
      ...work.withoutCompiledSql,
    ];
    await client.query(
      "DELETE FROM column_edges WHERE project_id = $1 AND unique_id <> ALL($2::text[])",
      [work.projectId, present],
    );
    await client.query(
      "DELETE FROM column_lineage_models WHERE project_id = $1 AND unique_id <> ALL($2::text[])",
      [work.projectId, present],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}

async function replaceModel(
  client: pg.PoolClient,
  projectId: number,
  model: DerivedModel,
  now: Date,
): Promise<void> {
  const { lineage } = model;
  await client.query(
    "DELETE FROM column_edges WHERE project_id = $1 AND unique_id = $2",
    [projectId, model.uniqueId],
  );
  await client.query(
    `INSERT INTO column_lineage_models (project_id, unique_id, status, error, input_hash, has_compiled_sql, derived_at)
     VALUES ($1, $2, $3, $4, $5, true, $6)
     ON CONFLICT (project_id, unique_id) DO UPDATE SET status = EXCLUDED.status, error = EXCLUDED.error,
       input_hash = EXCLUDED.input_hash, has_compiled_sql = true, derived_at = EXCLUDED.derived_at`,
    [
      projectId,
      model.uniqueId,
      lineage.status,
      lineage.status === "derived" ? null : lineage.error,
      model.inputHash,
      now,
    ],
  );
  if (lineage.status !== "derived") return;
  const edges = [
    ...lineage.columns.flatMap((c) =>
      c.sources.map((s) => ({ ...s, output: c.column })),
    ),
    ...lineage.rowSources.map((s) => ({ ...s, output: null })),
  ];
  if (edges.length === 0) return;
  await client.query(
    `INSERT INTO column_edges (project_id, unique_id, column_name, upstream_project, upstream_unique_id, upstream_column, kind)
     SELECT $1, $2, * FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[])`,
    [
      projectId,
      model.uniqueId,
      edges.map((e) => e.output),
      edges.map((e) => e.project),
      edges.map((e) => e.uniqueId),
      edges.map((e) => e.column),
      edges.map((e) => e.kind),
    ],
  );
}

/** Projects with a model that reads one of `project`'s models. */
export async function listConsumerProjects(project: string): Promise<string[]> {
  const result = await getPool().query<{ name: string }>(
    `SELECT DISTINCT p.name FROM edges e JOIN projects p ON p.id = e.project_id
     WHERE e.is_cross_project AND e.parent_project = $1 AND p.name <> $1 ORDER BY 1`,
    [project],
  );
  return result.rows.map((r) => r.name);
}
