import "server-only";
import type pg from "pg";
import { getPool } from "./client";

/**
 * The cross-project refs that touch a set of projects, each counted once. The
 * CLI's line per project (a set of one, right after its ingest) and its total
 * line (the run's projects, after the run) both read these.
 */
export type CrossProjectRefCounts = {
  /** Refs in these projects' manifests that point at another project's stored node. */
  resolved: number;
  /** Refs in these projects' manifests whose producer (or its node) is not in the catalog yet. */
  unresolved: number;
  /** Refs in other projects' manifests that point at these projects' nodes. */
  incomingResolved: number;
};

/**
 * How the cross-project refs of the named projects stand now: each of their
 * own refs either points at the producer's stored node or waits for it, and
 * refs from projects outside the set resolve to theirs. Counted after a batch
 * of ingests, this is the state the batch left, whatever the order.
 */
export async function countCrossProjectRefs(
  projectNames: string[],
  db: Pick<pg.PoolClient, "query"> = getPool(),
): Promise<CrossProjectRefCounts> {
  const result = await db.query<CrossProjectRefCounts>(
    `SELECT count(*) FILTER (WHERE p.name = ANY($1::text[]) AND e.parent_id IS NOT NULL)::int AS resolved,
            count(*) FILTER (WHERE p.name = ANY($1::text[]) AND e.parent_id IS NULL)::int AS unresolved,
            count(*) FILTER (WHERE p.name <> ALL($1::text[]) AND e.parent_id IS NOT NULL)::int AS "incomingResolved"
     FROM edges e JOIN projects p ON p.id = e.project_id
     WHERE e.is_cross_project
       AND (p.name = ANY($1::text[]) OR e.parent_project = ANY($1::text[]))`,
    [projectNames],
  );
  return result.rows[0] ?? { resolved: 0, unresolved: 0, incomingResolved: 0 };
}
