import "server-only";
import type pg from "pg";
import { getPool } from "./client";
import { SET_READ_TIMEOUT } from "./queries/read";
import { CONSUMER_TYPES } from "@/lib/artifacts/resource-types";
import { DIFFABLE_TYPES } from "@/lib/governance/diff-scope";
import { listConsumerOwners } from "@/lib/governance/diff-side";
import type {
  DiffColumn,
  DiffConsumer,
  DiffNode,
  DiffSide,
} from "@/lib/governance/diff-types";
import { readStoredDetailsOf } from "@/lib/artifacts/details/stored";

type Queryable = Pick<pg.PoolClient, "query">;

type NodeRow = {
  unique_id: string;
  resource_type: string;
  name: string;
  package_name: string;
  description: string;
  access: string | null;
  materialized: string | null;
  database_name: string | null;
  schema_name: string | null;
  alias: string | null;
  relation_name: string | null;
  version: string | null;
  latest_version: string | null;
  deprecation_date: Date | null;
  contract_enforced: boolean;
  constraints: unknown[];
  columns: DiffColumn[];
};

const NODES_SQL = `
  SELECT n.unique_id, n.resource_type, n.name, n.package_name, n.description, n.access,
    n.materialized, n.database_name, n.schema_name, n.alias, n.relation_name, n.version,
    n.latest_version, n.deprecation_date, n.contract_enforced, n.constraints,
    COALESCE((
      SELECT json_agg(json_build_object('name', c.name, 'dataType', c.data_type,
        'catalogType', c.catalog_type, 'constraints', c.constraints,
        'description', c.description) ORDER BY c.position)
      FROM columns c WHERE c.node_id = n.id), '[]') AS columns
  FROM nodes n JOIN projects p ON p.id = n.project_id
  WHERE p.name = $1 AND n.package_name = p.name AND n.resource_type = ANY($2::text[])`;

/**
 * The stored snapshot of a project as the diff compares it (its own package,
 * DIFFABLE_TYPES); null when the project was never ingested. At ingest it is
 * read inside the transaction, before the snapshot is replaced.
 */
export async function readStoredDiffSide(
  db: Queryable,
  project: string,
): Promise<DiffSide | null> {
  const known = await db.query("SELECT 1 FROM projects WHERE name = $1", [
    project,
  ]);
  if (known.rowCount === 0) return null;
  const { rows } = await db.query<NodeRow>(NODES_SQL, [
    project,
    DIFFABLE_TYPES,
  ]);
  return { project, nodes: rows.map(toDiffNode) };
}

function toDiffNode(row: NodeRow): DiffNode {
  return {
    uniqueId: row.unique_id,
    resourceType: row.resource_type,
    name: row.name,
    packageName: row.package_name,
    description: row.description,
    access: row.access,
    materialized: row.materialized,
    database: row.database_name,
    schema: row.schema_name,
    alias: row.alias,
    relationName: row.relation_name,
    version: row.version,
    latestVersion: row.latest_version,
    deprecationDate: row.deprecation_date?.toISOString() ?? null,
    contractEnforced: row.contract_enforced,
    constraints: row.constraints,
    columns: row.columns,
  };
}

type ConsumerRow = {
  unique_id: string;
  name: string;
  resource_type: string;
  project: string;
  target_name: string;
  target_version: string | null;
  owner_name: string | null;
  owner_email: string | null;
  meta: Record<string, unknown>;
  exposure_details: unknown;
};

// Other projects' nodes that ref the project (the version each pins; null
// follows the latest), and the project's own exposures (the version of the
// node they depend on).
const CONSUMERS_SQL = `
  SELECT c.unique_id, COALESCE(c.label, c.name) AS name, c.resource_type, cp.name AS project,
    e.parent_name AS target_name,
    CASE WHEN e.is_cross_project THEN e.parent_version ELSE pn.version END AS target_version,
    g.owner_name, g.owner_email, c.meta,
    CASE WHEN c.resource_type = 'exposure' THEN c.details END AS exposure_details
  FROM edges e
  JOIN nodes c ON c.id = e.child_id
  JOIN projects cp ON cp.id = e.project_id
  LEFT JOIN nodes pn ON pn.id = e.parent_id
  LEFT JOIN groups g ON g.project_id = c.project_id AND g.name = c.group_name
  WHERE e.parent_project = $1 AND c.resource_type = ANY($2::text[])
    AND (e.is_cross_project AND cp.name <> $1
      OR NOT e.is_cross_project AND cp.name = $1 AND c.resource_type = 'exposure')
  ORDER BY cp.name, c.unique_id, e.parent_name`;

/**
 * Who the catalog knows to consume a project's nodes: nodes of other
 * projects that ref them, and exposures, each with its owners (by the score's
 * owner rule) and the version it reads.
 */
export async function readProjectConsumers(
  db: Queryable,
  project: string,
): Promise<DiffConsumer[]> {
  const { rows } = await db.query<ConsumerRow>(CONSUMERS_SQL, [
    project,
    CONSUMER_TYPES,
  ]);
  return rows.map((row) => ({
    uniqueId: row.unique_id,
    name: row.name,
    resourceType: row.resource_type,
    project: row.project,
    target: { name: row.target_name, version: row.target_version },
    owners: listConsumerOwners({
      group:
        row.owner_name || row.owner_email
          ? { ownerName: row.owner_name, ownerEmail: row.owner_email }
          : null,
      meta: row.meta,
      exposureOwner:
        row.exposure_details === null
          ? null
          : readStoredDetailsOf(row.exposure_details, "exposure").owner,
    }),
  }));
}

/** What a candidate manifest is compared with: the stored snapshot and who consumes it. */
export type StoredComparison = {
  side: DiffSide;
  consumers: DiffConsumer[];
  generatedAt: string | null;
};

/**
 * Reads a project's stored snapshot and its consumers in one read-only
 * transaction (one consistent view while ingests commit); null when the
 * project was never ingested.
 */
export function readStoredComparison(
  project: string,
): Promise<StoredComparison | null> {
  return inReadOnlyTransaction(async (client) => {
    const side = await readStoredDiffSide(client, project);
    if (!side) return null;
    const consumers = await readProjectConsumers(client, project);
    const stamp = await client.query<{ generated_at: Date | null }>(
      "SELECT generated_at FROM projects WHERE name = $1",
      [project],
    );
    return {
      side,
      consumers,
      generatedAt: stamp.rows[0]?.generated_at?.toISOString() ?? null,
    };
  });
}

/** Who consumes a stored project (readProjectConsumers); null for a project never ingested. */
export function readStoredConsumers(
  project: string,
): Promise<DiffConsumer[] | null> {
  return inReadOnlyTransaction(async (client) => {
    const known = await client.query("SELECT 1 FROM projects WHERE name = $1", [
      project,
    ]);
    if (known.rowCount === 0) return null;
    return readProjectConsumers(client, project);
  });
}

async function inReadOnlyTransaction<T>(
  read: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await getPool().connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    await client.query(SET_READ_TIMEOUT);
    const result = await read(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
