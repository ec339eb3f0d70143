import "server-only";
import { REFERABLE_TYPES, TEST_TYPES } from "@/lib/artifacts/resource-types";
import { toNodeLabel } from "@/lib/artifacts/node-label";
import { FAILING_STATUSES } from "@/lib/artifacts/run-statuses";
import { findProjectCycles } from "@/lib/governance/checks/cycles";
import type {
  CrossProjectRef,
  MeshFacts,
  MeshModel,
  MeshSource,
  NodeEdge,
} from "@/lib/governance/types";
import { toSqlList } from "@/lib/mesh/sql-list";
import { DEPENDENCIES_SQL } from "./dependencies";
import { getPool } from "../client";
import { asRecord } from "./read";

/** Runs one query of the snapshot: rows as pg parses them (no Prisma mapping; 100k-node meshes read tens of thousands of rows). */
type Query = <T extends unknown[]>(
  sql: string,
  params?: unknown[],
) => Promise<T>;

/** How long reading the facts may take: a large mesh reads in seconds. */
const FACTS_STATEMENT_TIMEOUT_MS = 30_000;

/** The model columns every query below selects, as `m_*`, with its project and group. */
const MODEL_COLUMNS = `
  mp.name AS m_project, m.unique_id AS m_unique_id, m.name AS m_name,
  m.resource_type AS m_resource_type, m.access AS m_access, m.version AS m_version,
  m.latest_version AS m_latest_version, m.deprecation_date AS m_deprecation_date,
  m.contract_enforced AS m_contract_enforced, m.materialized AS m_materialized,
  m.database_name AS m_database, m.schema_name AS m_schema,
  coalesce(m.alias, m.name) AS m_identifier, m.meta AS m_meta,
  g.name AS m_group_name, g.owner_name AS m_owner_name, g.owner_email AS m_owner_email`;

const MODEL_JOINS = `
  LEFT JOIN groups g ON g.project_id = m.project_id AND g.name = m.group_name`;

type ModelRow = {
  m_project: string;
  m_unique_id: string;
  m_name: string;
  m_resource_type: string;
  m_access: string | null;
  m_version: string | null;
  m_latest_version: string | null;
  m_deprecation_date: Date | null;
  m_contract_enforced: boolean;
  m_materialized: string | null;
  m_database: string | null;
  m_schema: string | null;
  m_identifier: string;
  m_meta: unknown;
  m_group_name: string | null;
  m_owner_name: string | null;
  m_owner_email: string | null;
};

function toModel(row: ModelRow): MeshModel {
  return {
    project: row.m_project,
    uniqueId: row.m_unique_id,
    name: row.m_name,
    resourceType: row.m_resource_type,
    access: row.m_access,
    version: row.m_version,
    latestVersion: row.m_latest_version,
    deprecationDate: row.m_deprecation_date?.toISOString() ?? null,
    contractEnforced: row.m_contract_enforced,
    materialized: row.m_materialized,
    database: row.m_database,
    schema: row.m_schema,
    identifier: row.m_identifier,
    meta: asRecord(row.m_meta),
    group:
      row.m_group_name === null
        ? null
        : {
            name: row.m_group_name,
            ownerName: row.m_owner_name,
            ownerEmail: row.m_owner_email,
          },
  };
}

/** Each project's own models, seeds and snapshots (not the packages it installs, not other projects' nodes it was given). */
const MODELS_SQL = `
  SELECT ${MODEL_COLUMNS}
  FROM nodes m JOIN projects mp ON mp.id = m.project_id ${MODEL_JOINS}
  WHERE m.resource_type IN ${toSqlList(REFERABLE_TYPES)} AND m.package_name = mp.name`;

const SOURCES_SQL = `
  SELECT p.name AS project, n.unique_id, n.name, n.database_name, n.schema_name,
         coalesce(n.alias, n.name) AS identifier
  FROM nodes n JOIN projects p ON p.id = n.project_id
  WHERE n.resource_type = 'source' AND n.package_name = p.name`;

/** Cross-project refs of every node but tests, with the producer's node each resolved to (edges are resolved at ingest by REF_RESOLUTION). */
const REFS_SQL = `
  SELECT p.name AS project, c.unique_id AS child, e.parent_project, e.parent_name,
         e.parent_version, ${MODEL_COLUMNS}
  FROM edges e
  JOIN projects p ON p.id = e.project_id
  JOIN nodes c ON c.id = e.child_id
  LEFT JOIN nodes m ON m.id = e.parent_id
  LEFT JOIN projects mp ON mp.id = m.project_id ${MODEL_JOINS}
  WHERE e.is_cross_project AND c.resource_type NOT IN ${toSqlList(TEST_TYPES)}`;

/** Node edges among the given projects: enough to find a model-level cycle across them. */
const CYCLE_EDGES_SQL = `
  SELECT cp.name AS child_project, c.unique_id AS child,
         pp.name AS parent_project, pn.unique_id AS parent
  FROM edges e
  JOIN nodes c ON c.id = e.child_id
  JOIN projects cp ON cp.id = c.project_id
  JOIN nodes pn ON pn.id = e.parent_id
  JOIN projects pp ON pp.id = pn.project_id
  WHERE cp.name = ANY($1::text[]) AND pp.name = ANY($1::text[])
    AND c.resource_type NOT IN ${toSqlList(TEST_TYPES)}`;

/** Tests whose latest result failed, with the node each checks. */
const FAILED_TESTS_SQL = `
  SELECT p.name AS project, a.unique_id AS model, tn.name AS test_name, r.status
  FROM run_results r
  JOIN tests t ON t.node_id = r.node_id
  JOIN nodes tn ON tn.id = t.node_id
  JOIN nodes a ON a.id = t.attached_node_id
  JOIN projects p ON p.id = a.project_id
  WHERE lower(trim(r.status)) IN ${toSqlList(FAILING_STATUSES)}`;

async function readRefs(query: Query): Promise<CrossProjectRef[]> {
  const rows = await query<
    (Omit<ModelRow, "m_unique_id"> & {
      m_unique_id: string | null;
      project: string;
      child: string;
      parent_project: string;
      parent_name: string;
      parent_version: string | null;
    })[]
  >(REFS_SQL);
  return rows.map((row) => ({
    project: row.project,
    childUniqueId: row.child,
    parentProject: row.parent_project,
    parentName: row.parent_name,
    pinnedVersion: row.parent_version,
    parent:
      row.m_unique_id === null
        ? null
        : toModel({ ...row, m_unique_id: row.m_unique_id }),
  }));
}

async function readCycleEdges(
  query: Query,
  projects: string[],
): Promise<NodeEdge[]> {
  if (projects.length === 0) return [];
  const rows = await query<
    {
      child_project: string;
      child: string;
      parent_project: string;
      parent: string;
    }[]
  >(CYCLE_EDGES_SQL, [projects]);
  return rows.map((r) => ({
    child: { project: r.child_project, uniqueId: r.child },
    parent: { project: r.parent_project, uniqueId: r.parent },
  }));
}

/**
 * Everything the built-in checks read about the mesh, in one consistent
 * snapshot and a handful of set-based queries: projects, their own models
 * and sources, cross-project refs with what they resolve to, project
 * dependencies, failed tests, and node edges only among the projects on a
 * project cycle (the only place a model-level cycle can be).
 */
export async function readMeshFacts(): Promise<MeshFacts> {
  const client = await getPool().connect();
  const query: Query = async <T extends unknown[]>(
    sql: string,
    params: unknown[] = [],
  ) => (await client.query(sql, params)).rows as T;
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    await client.query(
      `SET LOCAL statement_timeout = ${FACTS_STATEMENT_TIMEOUT_MS}`,
    );
    const facts = await readFacts(query);
    await client.query("COMMIT");
    return facts;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

async function readFacts(query: Query): Promise<MeshFacts> {
  const projects = await query<{ name: string; at: Date }[]>(
    `SELECT name, coalesce(generated_at, ingested_at) AS at FROM projects ORDER BY name`,
  );
  const models = (await query<ModelRow[]>(MODELS_SQL)).map(toModel);
  const sources = (
    await query<
      {
        project: string;
        unique_id: string;
        name: string;
        database_name: string | null;
        schema_name: string | null;
        identifier: string;
      }[]
    >(SOURCES_SQL)
  ).map((r): MeshSource => ({
    project: r.project,
    uniqueId: r.unique_id,
    name: toNodeLabel({
      resourceType: "source",
      uniqueId: r.unique_id,
      name: r.name,
    }),
    database: r.database_name,
    schema: r.schema_name,
    identifier: r.identifier,
  }));
  const refs = await readRefs(query);
  const dependencies = (
    await query<{ consumer: string; producer: string }[]>(DEPENDENCIES_SQL)
  ).map(({ consumer, producer }) => ({ consumer, producer }));
  const onCycles = findProjectCycles(dependencies).flat();
  const cycleEdges = await readCycleEdges(query, onCycles);
  const failedTests = (
    await query<
      { project: string; model: string; test_name: string; status: string }[]
    >(FAILED_TESTS_SQL)
  ).map((r) => ({
    project: r.project,
    modelUniqueId: r.model,
    testName: r.test_name,
    status: r.status,
  }));
  return {
    projects: projects.map((p) => ({
      name: p.name,
      artifactsAt: p.at.toISOString(),
    })),
    models,
    sources,
    refs,
    dependencies,
    cycleEdges,
    failedTests,
  };
}
