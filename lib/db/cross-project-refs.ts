import "server-only";
import { getPool } from "./client";

export type CrossProjectRefCounts = { resolved: number; unresolved: number };

/**
 * How the cross-project refs of the named projects stand now: each one either
 * points at the producer's stored node or waits for it. Counted after a batch
 * of ingests, this is the state the batch left, whatever the order.
 */
export async function countCrossProjectRefs(
  projectNames: string[],
): Promise<CrossProjectRefCounts> {
  const result = await getPool().query<CrossProjectRefCounts>(
    `SELECT count(*) FILTER (WHERE e.parent_id IS NOT NULL)::int AS resolved,
            count(*) FILTER (WHERE e.parent_id IS NULL)::int AS unresolved
     FROM edges e JOIN projects p ON p.id = e.project_id
     WHERE e.is_cross_project AND p.name = ANY($1::text[])`,
    [projectNames],
  );
  return result.rows[0] ?? { resolved: 0, unresolved: 0 };
}
