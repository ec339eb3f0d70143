import type pg from "pg";

/** Runs kept per node when CATALOG_RUN_HISTORY is unset. */
export const DEFAULT_RUN_HISTORY = 30;

/**
 * Records the project's run results in its run history, inside its ingest's
 * transaction: one row per node and dbt invocation (a result carried over
 * from an earlier ingest is already there), then drops every node's runs
 * beyond the last `keep`, so the history stays bounded however often a
 * project is ingested.
 */
export async function recordRunHistory(
  client: pg.PoolClient,
  projectId: number,
  keep: number,
): Promise<void> {
  await client.query(
    `INSERT INTO run_history (project_id, unique_id, invocation_id, generated_at, status, execution_time)
     SELECT n.project_id, n.unique_id, r.invocation_id, r.generated_at, r.status, r.execution_time
     FROM run_results r JOIN nodes n ON n.id = r.node_id
     WHERE n.project_id = $1 AND r.invocation_id IS NOT NULL AND r.generated_at IS NOT NULL
     ON CONFLICT DO NOTHING`,
    [projectId],
  );
  await client.query(
    `DELETE FROM run_history h USING (
       SELECT unique_id, invocation_id,
              row_number() OVER (PARTITION BY unique_id ORDER BY generated_at DESC, invocation_id DESC) AS rn
       FROM run_history WHERE project_id = $1) old
     WHERE h.project_id = $1 AND h.unique_id = old.unique_id
       AND h.invocation_id = old.invocation_id AND old.rn > $2`,
    [projectId, keep],
  );
}
