import "server-only";
import type pg from "pg";
import type { ArtifactOrigin, JsonObject } from "@/lib/artifacts/types";
import type { StoredResults } from "@/lib/mesh/carry-over";

type Queryable = Pick<pg.PoolClient, "query">;

type Row = {
  unique_id: string;
  checksum: string | null;
  generated_at: Date | null;
  invocation_id: string | null;
};

// Each table's rows with the unique_id and checksum of the node they hang off:
// the node as it was when the result was recorded, since a result is only
// ever carried onto a node of the same checksum.
const FROM_NODES = (table: string) =>
  `FROM ${table} r JOIN nodes n ON n.id = r.node_id WHERE n.project_id = $1`;

/**
 * The run results, freshness checks and catalog stats of a project's stored
 * snapshot, each with the invocation it came from and its node's checksum.
 * Read inside the ingest's transaction, before the snapshot is replaced.
 */
export async function readStoredResults(
  db: Queryable,
  projectId: number,
): Promise<StoredResults> {
  const runs = await db.query<
    Row & {
      status: string;
      execution_time: number | null;
      failures: number | null;
      message: string | null;
      completed_at: Date | null;
      rows_affected: string | null;
    }
  >(`SELECT n.unique_id, n.checksum, r.* ${FROM_NODES("run_results")}`, [
    projectId,
  ]);
  const freshness = await db.query<
    Row & {
      status: string;
      max_loaded_at: Date | null;
      snapshotted_at: Date | null;
      age_seconds: number | null;
      criteria: JsonObject;
      error: string | null;
    }
  >(`SELECT n.unique_id, n.checksum, r.* ${FROM_NODES("source_freshness")}`, [
    projectId,
  ]);
  const catalog = await db.query<
    Row & {
      table_type: string | null;
      table_owner: string | null;
      comment: string | null;
      row_count: string | null;
      bytes: string | null;
      stats: JsonObject;
    }
  >(`SELECT n.unique_id, n.checksum, r.* ${FROM_NODES("catalog_entries")}`, [
    projectId,
  ]);
  return {
    runResults: runs.rows.map((r) =>
      stored(r, {
        status: r.status,
        executionTime: r.execution_time,
        failures: r.failures,
        message: r.message,
        completedAt: toIso(r.completed_at),
        rowsAffected: toNumber(r.rows_affected),
      }),
    ),
    freshness: freshness.rows.map((r) =>
      stored(r, {
        status: r.status,
        maxLoadedAt: toIso(r.max_loaded_at),
        snapshottedAt: toIso(r.snapshotted_at),
        ageSeconds: r.age_seconds,
        criteria: r.criteria,
        error: r.error,
      }),
    ),
    catalog: catalog.rows.map((r) =>
      stored(r, {
        tableType: r.table_type,
        tableOwner: r.table_owner,
        comment: r.comment,
        rowCount: toNumber(r.row_count),
        bytes: toNumber(r.bytes),
        stats: r.stats,
      }),
    ),
  };
}

function stored<T>(row: Row, fields: T) {
  const origin: ArtifactOrigin = {
    generatedAt: toIso(row.generated_at),
    invocationId: row.invocation_id,
  };
  return {
    result: { uniqueId: row.unique_id, ...fields, origin },
    nodeChecksum: row.checksum,
  };
}

function toIso(value: Date | null): string | null {
  return value === null ? null : value.toISOString();
}

function toNumber(value: string | null): number | null {
  return value === null ? null : Number(value);
}
