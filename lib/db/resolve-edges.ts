import "server-only";
import type pg from "pg";
import { countCrossProjectRefs } from "./cross-project-refs";
import { REF_RESOLVES_SQL } from "./ref-resolution-sql";

/** countCrossProjectRefs of the one project, right after its ingest. */
export type ResolutionCounts = {
  crossProjectResolved: number;
  crossProjectUnresolved: number;
  incomingResolved: number;
};

/**
 * Points unresolved cross-project edges at the producer's own node, in both
 * directions: this project's refs to others, and others' refs to this one, by
 * the one resolution rule (REF_RESOLUTION in lib/mesh/ref-resolution).
 * Whichever project is ingested first, the edges end up the same.
 */
export async function resolveCrossProjectEdges(
  client: pg.PoolClient,
  projectId: number,
  projectName: string,
): Promise<ResolutionCounts> {
  await client.query(
    `UPDATE edges e SET parent_id = n.id
     FROM nodes n JOIN projects p ON p.id = n.project_id
     WHERE e.parent_id IS NULL AND e.is_cross_project
       AND (e.project_id = $1 OR e.parent_project = $2)
       AND ${REF_RESOLVES_SQL}`,
    [projectId, projectName],
  );
  const counts = await countCrossProjectRefs([projectName], client);
  return {
    crossProjectResolved: counts.resolved,
    crossProjectUnresolved: counts.unresolved,
    incomingResolved: counts.incomingResolved,
  };
}
