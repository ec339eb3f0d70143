import "server-only";
import type pg from "pg";
import { getPool } from "./client";

export type IngestRunRecord = {
  projectName: string;
  projectId: number | null;
  tokenId: number | null;
  origin: "cli" | "api" | "loom" | "pull";
  status: "ingested" | "unchanged" | "rejected";
  startedAt: Date;
  durationMs: number;
  hashes: Record<string, string>;
  counts: Record<string, number>;
  summary: Record<string, unknown>;
  warnings: string[];
  error: string | null;
};

type Queryable = Pick<pg.PoolClient, "query">;

/** Keeps a record of one ingest attempt, whatever its outcome. */
export async function recordIngestRun(
  run: IngestRunRecord,
  db: Queryable = getPool(),
): Promise<void> {
  await db.query(
    `INSERT INTO ingest_runs (project_name, project_id, token_id, origin, status, started_at, duration_ms, hashes, counts, summary, warnings, error)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      run.projectName,
      run.projectId,
      run.tokenId,
      run.origin,
      run.status,
      run.startedAt,
      Math.round(run.durationMs),
      JSON.stringify(run.hashes),
      JSON.stringify(run.counts),
      JSON.stringify(run.summary),
      run.warnings,
      run.error,
    ],
  );
}

/** The project whose current snapshot came from exactly these artifact hashes, if any. */
export async function findProjectByHashes(
  hashes: Record<string, string>,
): Promise<{ id: number; name: string } | null> {
  const result = await getPool().query<{ id: number; name: string }>(
    "SELECT id, name FROM projects WHERE artifact_hashes = $1::jsonb LIMIT 1",
    [JSON.stringify(hashes)],
  );
  return result.rows[0] ?? null;
}
