import "server-only";
import type pg from "pg";
import { getPool } from "./client";

type Queryable = Pick<pg.PoolClient, "query">;

/** What the last pull of a source left to compare the next one with. */
export type PullMemory = {
  validator: string | null;
  contentHash: string | null;
};

export type PullRecord = {
  name: string;
  type: string;
  at: Date;
} & (
  | {
      outcome: "ingested" | "unchanged";
      validator: string | null;
      contentHash: string | null;
      /** The project the pull fed, when it got as far as the ingest. */
      projectName: string | null;
      /** The ingest's summary when it wrote something; null keeps the last one. */
      change: Record<string, unknown> | null;
    }
  | { outcome: "failed"; error: string }
);

export type SourcePullRow = {
  name: string;
  type: string;
  nextRunAt: Date | null;
  lastAttemptAt: Date | null;
  lastSuccessAt: Date | null;
  lastErrorAt: Date | null;
  lastError: string | null;
  consecutiveFailures: number;
  lastOutcome: string | null;
  projectName: string | null;
  lastChange: Record<string, unknown> | null;
};

/** The validator and content hash the source's last successful pull stored, if any. */
export async function readPullMemory(name: string): Promise<PullMemory> {
  const { rows } = await getPool().query<{
    validator: string | null;
    content_hash: string | null;
  }>(
    "SELECT validators->>'manifest' AS validator, content_hash FROM source_pulls WHERE name = $1",
    [name],
  );
  const row = rows[0];
  return {
    validator: row?.validator ?? null,
    contentHash: row?.content_hash ?? null,
  };
}

/**
 * Keeps how a pull went. A failure keeps the last success and what it
 * stored (so the next pull still asks "changed since?") and counts the
 * failures in a row, so a source that keeps failing shows it.
 */
export async function recordPull(
  pull: PullRecord,
  db: Queryable = getPool(),
): Promise<void> {
  if (pull.outcome === "failed") {
    await db.query(
      `INSERT INTO source_pulls (name, type, last_attempt_at, last_error_at, last_error, consecutive_failures, last_outcome)
       VALUES ($1, $2, $3, $3, $4, 1, 'failed')
       ON CONFLICT (name) DO UPDATE SET type = $2, last_attempt_at = $3, last_error_at = $3,
         last_error = $4, consecutive_failures = source_pulls.consecutive_failures + 1, last_outcome = 'failed'`,
      [pull.name, pull.type, pull.at, pull.error],
    );
    return;
  }
  await db.query(
    `INSERT INTO source_pulls (name, type, last_attempt_at, last_success_at, consecutive_failures, last_outcome,
       validators, content_hash, project_name, last_change)
     VALUES ($1, $2, $3, $3, 0, $4, jsonb_build_object('manifest', $5::text), $6, $7, $8)
     ON CONFLICT (name) DO UPDATE SET type = $2, last_attempt_at = $3, last_success_at = $3,
       consecutive_failures = 0, last_outcome = $4,
       validators = CASE WHEN $5::text IS NULL THEN source_pulls.validators
         ELSE jsonb_build_object('manifest', $5::text) END,
       content_hash = COALESCE($6, source_pulls.content_hash),
       project_name = COALESCE($7, source_pulls.project_name),
       last_change = COALESCE($8, source_pulls.last_change)`,
    [
      pull.name,
      pull.type,
      pull.at,
      pull.outcome,
      pull.validator,
      pull.contentHash,
      pull.projectName,
      pull.change === null ? null : JSON.stringify(pull.change),
    ],
  );
}

/**
 * Claims the sources due at `now` (next run unset or at/before it) and moves
 * each one's next run on, in one statement: of N instances ticking at once,
 * exactly one gets each due source. `nextRuns` gives each source's next
 * run after now.
 */
export async function claimDueSources(
  sources: { name: string; type: string; nextRunAt: Date }[],
  now: Date,
  db: Queryable = getPool(),
): Promise<string[]> {
  if (sources.length === 0) return [];
  // A source seen for the first time is registered due at once.
  await db.query(
    `INSERT INTO source_pulls (name, type, next_run_at)
     SELECT * FROM unnest($1::text[], $2::text[], $3::timestamptz[])
     ON CONFLICT (name) DO NOTHING`,
    [
      sources.map((s) => s.name),
      sources.map((s) => s.type),
      sources.map(() => now),
    ],
  );
  const { rows } = await db.query<{ name: string }>(
    `UPDATE source_pulls p SET next_run_at = d.next_run_at
     FROM unnest($1::text[], $2::timestamptz[]) AS d(name, next_run_at)
     WHERE p.name = d.name AND (p.next_run_at IS NULL OR p.next_run_at <= $3)
     RETURNING p.name`,
    [sources.map((s) => s.name), sources.map((s) => s.nextRunAt), now],
  );
  return rows.map((r) => r.name).sort();
}

/** Every source's pull record, by name. */
export async function listSourcePulls(): Promise<SourcePullRow[]> {
  const { rows } = await getPool().query<SourcePullRow>(
    `SELECT name, type, next_run_at AS "nextRunAt", last_attempt_at AS "lastAttemptAt",
       last_success_at AS "lastSuccessAt", last_error_at AS "lastErrorAt", last_error AS "lastError",
       consecutive_failures AS "consecutiveFailures", last_outcome AS "lastOutcome",
       project_name AS "projectName", last_change AS "lastChange"
     FROM source_pulls ORDER BY name`,
  );
  return rows;
}
