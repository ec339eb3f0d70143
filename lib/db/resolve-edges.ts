import "server-only";
import type pg from "pg";

export type ResolutionCounts = {
  /** This project's cross-project refs that point at a stored producer node. */
  crossProjectResolved: number;
  /** This project's cross-project refs whose producer (or node) is not in the catalog yet. */
  crossProjectUnresolved: number;
  /** Other projects' refs to this project that point at its nodes after this ingest. */
  incomingResolved: number;
};

/**
 * Points unresolved cross-project edges at the producer's own node, in both
 * directions: this project's refs to others, and others' refs to this one. A
 * ref resolves to the producer's model (or seed, snapshot) of that name: the
 * pinned version, or the latest version when unpinned. Whichever project is
 * ingested first, the edges end up the same.
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
       AND p.name = e.parent_project
       AND n.package_name = e.parent_project
       AND n.name = e.parent_name
       AND n.resource_type IN ('model', 'seed', 'snapshot')
       AND CASE WHEN e.parent_version IS NULL THEN n.version IS NULL OR n.version = n.latest_version
                ELSE n.version = e.parent_version END`,
    [projectId, projectName],
  );
  const counts = await client.query<{
    resolved: number;
    unresolved: number;
    incoming: number;
  }>(
    `SELECT count(*) FILTER (WHERE project_id = $1 AND parent_id IS NOT NULL)::int AS resolved,
            count(*) FILTER (WHERE project_id = $1 AND parent_id IS NULL)::int AS unresolved,
            count(*) FILTER (WHERE project_id <> $1 AND parent_project = $2 AND parent_id IS NOT NULL)::int AS incoming
     FROM edges WHERE is_cross_project AND (project_id = $1 OR parent_project = $2)`,
    [projectId, projectName],
  );
  const row = counts.rows[0];
  return {
    crossProjectResolved: row?.resolved ?? 0,
    crossProjectUnresolved: row?.unresolved ?? 0,
    incomingResolved: row?.incoming ?? 0,
  };
}
