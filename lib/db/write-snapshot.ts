import "server-only";
import type pg from "pg";
import {
  carryOverResults,
  NOTHING_CARRIED_OVER,
  type CarriedOver,
} from "@/lib/mesh/carry-over";
import type { ProjectSnapshot } from "@/lib/mesh/snapshot";
import { getPool } from "./client";
import { copySnapshotRows } from "./copy-snapshot";
import { DEFAULT_RUN_HISTORY, recordRunHistory } from "./run-history";
import {
  resolveCrossProjectEdges,
  type ResolutionCounts,
} from "./resolve-edges";
import {
  PREPARE_ASIDE_FROM_NODES,
  prepareSearchDocumentsAside,
  prepareSearchDocumentsHere,
  writeSearchDocuments,
  type PreparedSearchDocuments,
} from "./search-documents";
import { syncVocabulary } from "./search-vocabulary";
import { refuseOlderManifest } from "./stale-manifest";
import { readStoredResults } from "./stored-results";
import { readPreviousSide, recordChanges } from "./write-changes";
import type { Change } from "@/lib/governance/diff-project";
import { now } from "@/lib/clock";

/** Content hashes of the artifacts behind a snapshot, by artifact kind. */
export type ArtifactHashes = Record<string, string>;

export type WriteResult =
  | { status: "unchanged"; projectId: number }
  | ({
      status: "ingested";
      projectId: number;
      nodeCount: number;
      edgeCount: number;
      /** Results kept from earlier ingests. */
      carriedOver: CarriedOver;
      /** The snapshot as written: the new one with the results carried over. */
      snapshot: ProjectSnapshot;
      /** What changed since the snapshot it replaced (none for a project's first ingest). */
      changes: Change[];
    } & ResolutionCounts);

export type WriteOptions = {
  /** Nodes to mark as data products. */
  productIds?: ReadonlySet<string>;
  /** Write a manifest older than the stored one (`--force`); refused otherwise. */
  allowOlder?: boolean;
  /** Runs of each node to keep in the run history (default `DEFAULT_RUN_HISTORY`). */
  runHistory?: number;
  /** Deprecation dates of removed versions are judged against it (default: now()). */
  now?: Date;
};

const INGEST_LOCK_SPACE = 7264;
const RETRYABLE = new Set(["40P01", "40001"]);
const MAX_ATTEMPTS = 5;

/**
 * Replaces a project's snapshot in one transaction: readers see the old state
 * or the new, never a mix. Ingests of one project are serialized by an
 * advisory lock; identical artifacts (same hashes) write nothing, a manifest
 * older than the stored one is refused (StaleManifestError) unless
 * `allowOlder`, and each node keeps its latest known results from the stored
 * snapshot unless its code changed (see carryOverResults). A deadlock
 * with another project's ingest (both re-pointing each other's edges) is
 * retried from scratch.
 */
export async function writeSnapshot(
  snapshot: ProjectSnapshot,
  hashes: ArtifactHashes,
  afterWrite?: (client: pg.PoolClient, result: WriteResult) => Promise<void>,
  options: WriteOptions = {},
): Promise<WriteResult> {
  // A large project's search vectors are computed on another connection while the snapshot is copied.
  const preparing =
    snapshot.nodes.length >= PREPARE_ASIDE_FROM_NODES
      ? prepareSearchDocumentsAside(snapshot)
      : null;
  preparing?.catch(() => {});
  try {
    for (let attempt = 1; ; attempt++) {
      const client = await getPool().connect();
      try {
        await client.query("BEGIN");
        const result = await writeInTransaction(
          client,
          snapshot,
          hashes,
          options,
          preparing,
        );
        if (afterWrite) await afterWrite(client, result);
        // Last: it holds the vocabulary's lock until the commit.
        if (result.status === "ingested") await syncVocabulary(client);
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        const code = (error as { code?: string }).code;
        if (
          attempt >= MAX_ATTEMPTS ||
          code === undefined ||
          !RETRYABLE.has(code)
        )
          throw error;
        await new Promise((resolve) =>
          setTimeout(resolve, 20 * attempt + Math.random() * 50),
        );
      } finally {
        client.release();
      }
    }
  } finally {
    await preparing?.then(
      (prepared) => prepared.drop(),
      () => {},
    );
  }
}

async function writeInTransaction(
  client: pg.PoolClient,
  snapshot: ProjectSnapshot,
  hashes: ArtifactHashes,
  options: WriteOptions,
  preparedSearch: Promise<PreparedSearchDocuments> | null,
): Promise<WriteResult> {
  const { project } = snapshot;
  await client.query("SELECT pg_advisory_xact_lock($1, hashtext($2))", [
    INGEST_LOCK_SPACE,
    project.name,
  ]);
  const existing = await client.query<{
    id: number;
    artifact_hashes: ArtifactHashes;
  }>("SELECT id, artifact_hashes FROM projects WHERE name = $1", [
    project.name,
  ]);
  const current = existing.rows[0];
  if (current && haveSameHashes(current.artifact_hashes, hashes))
    return { status: "unchanged", projectId: current.id };
  if (!options.allowOlder)
    await refuseOlderManifest(client, project.name, project.generatedAt);
  await lockProducers(client, snapshot);
  const merged = current
    ? carryOverResults(snapshot, await readStoredResults(client, current.id))
    : { snapshot, carriedOver: NOTHING_CARRIED_OVER };
  const previous = current
    ? await readPreviousSide(client, project.name)
    : null;

  const upserted = await client.query<{ id: number }>(
    `INSERT INTO projects (name, dbt_version, schema_version, adapter_type, generated_at, invocation_id, artifact_hashes, counts, ingested_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())
     ON CONFLICT (name) DO UPDATE SET dbt_version = EXCLUDED.dbt_version, schema_version = EXCLUDED.schema_version,
       adapter_type = EXCLUDED.adapter_type, generated_at = EXCLUDED.generated_at, invocation_id = EXCLUDED.invocation_id,
       artifact_hashes = EXCLUDED.artifact_hashes, counts = EXCLUDED.counts, ingested_at = now()
     RETURNING id`,
    [
      project.name,
      project.dbtVersion,
      project.schemaVersion,
      project.adapterType,
      project.generatedAt,
      project.invocationId,
      JSON.stringify(hashes),
      JSON.stringify(snapshot.counts),
    ],
  );
  const projectId = upserted.rows[0]?.id;
  if (projectId === undefined)
    throw new Error(`Could not upsert project ${project.name}`);
  if (current) await deleteProjectRows(client, projectId);
  const written = await copySnapshotRows(
    client,
    projectId,
    merged.snapshot,
    options.productIds,
  );
  await recordRunHistory(
    client,
    projectId,
    options.runHistory ?? DEFAULT_RUN_HISTORY,
  );
  const prepared =
    (await preparedSearch) ??
    (await prepareSearchDocumentsHere(client, snapshot));
  await writeSearchDocuments(client, projectId, prepared);
  const resolution = await resolveCrossProjectEdges(
    client,
    projectId,
    project.name,
  );
  const changes = previous
    ? await recordChanges(
        client,
        projectId,
        previous,
        merged.snapshot,
        options.now ?? now(),
      )
    : [];
  return {
    status: "ingested",
    projectId,
    nodeCount: written.nodes,
    edgeCount: written.edges,
    ...merged,
    ...resolution,
    changes,
  };
}

/**
 * Takes the ingest locks of every project this one references, now or in its
 * previous snapshot, in name order. Resolving refs against a producer whose
 * replacement is not committed yet would point them at node ids about to be
 * deleted; with the lock, the resolution waits and sees the producer's new
 * nodes. Two projects that reference each other may deadlock here: Postgres
 * detects it and the write is retried.
 */
async function lockProducers(
  client: pg.PoolClient,
  snapshot: ProjectSnapshot,
): Promise<void> {
  const name = snapshot.project.name;
  const previous = await client.query<{ parent_project: string }>(
    `SELECT DISTINCT e.parent_project FROM edges e JOIN projects p ON p.id = e.project_id
     WHERE p.name = $1 AND e.is_cross_project`,
    [name],
  );
  const producers = new Set(previous.rows.map((r) => r.parent_project));
  for (const edge of snapshot.edges)
    if (edge.isCrossProject) producers.add(edge.parentProject);
  producers.delete(name);
  for (const producer of [...producers].sort()) {
    await client.query("SELECT pg_advisory_xact_lock($1, hashtext($2))", [
      INGEST_LOCK_SPACE,
      producer,
    ]);
  }
}

function haveSameHashes(
  stored: ArtifactHashes,
  incoming: ArtifactHashes,
): boolean {
  const keys = new Set([...Object.keys(stored), ...Object.keys(incoming)]);
  return [...keys].every((key) => stored[key] === incoming[key]);
}

/**
 * Removes a project's previous snapshot: its nodes and everything hanging off
 * them. Other projects' edges that pointed at its nodes become unresolved
 * references again (parent_id null), to be re-pointed at the new nodes. The
 * node tables carry no foreign keys (per-row triggers made large re-ingests
 * slow), so this is the one place that keeps them consistent.
 */
async function deleteProjectRows(
  client: pg.PoolClient,
  projectId: number,
): Promise<void> {
  const statements = [
    "UPDATE edges e SET parent_id = NULL FROM nodes n WHERE e.parent_id = n.id AND n.project_id = $1 AND e.project_id <> $1",
    "UPDATE tests t SET attached_node_id = NULL FROM nodes n WHERE t.attached_node_id = n.id AND n.project_id = $1",
    "DELETE FROM columns c USING nodes n WHERE c.node_id = n.id AND n.project_id = $1",
    "DELETE FROM tests t USING nodes n WHERE t.node_id = n.id AND n.project_id = $1",
    "DELETE FROM run_results r USING nodes n WHERE r.node_id = n.id AND n.project_id = $1",
    "DELETE FROM source_freshness f USING nodes n WHERE f.node_id = n.id AND n.project_id = $1",
    "DELETE FROM catalog_entries c USING nodes n WHERE c.node_id = n.id AND n.project_id = $1",
    "DELETE FROM search_documents WHERE project_id = $1",
    "DELETE FROM edges WHERE project_id = $1",
    "DELETE FROM nodes WHERE project_id = $1",
    "DELETE FROM groups WHERE project_id = $1",
    "DELETE FROM doc_blocks WHERE project_id = $1",
    "DELETE FROM packages WHERE project_id = $1",
    // Scores describe the snapshot being replaced; history stays.
    "DELETE FROM product_scores WHERE project_id = $1",
  ];
  for (const sql of statements) await client.query(sql, [projectId]);
}
