import { getPool } from "@/lib/db/client";
import {
  ingestProject,
  type IngestReport,
  type RawArtifact,
} from "@/lib/ingest/ingest-project";
import type { ArtifactKind } from "@/lib/artifacts/types";

export const TEST_LIMIT = 64 * 1024 * 1024;

type Artifacts = Partial<Record<ArtifactKind, RawArtifact>>;

export function ingest(
  artifacts: Artifacts,
  projectName?: string,
  maxArtifactBytes = TEST_LIMIT,
): Promise<IngestReport> {
  return ingestProject({
    artifacts,
    projectName,
    origin: "cli",
    maxArtifactBytes,
  });
}

/** An artifact made from a JSON value, as if read from a file of that name. */
export function jsonArtifact(file: string, value: unknown): RawArtifact {
  return { file, bytes: Buffer.from(JSON.stringify(value)) };
}

/** Stored nodes of a project by resource type. */
export async function storedCounts(
  project: string,
): Promise<Record<string, number>> {
  const result = await getPool().query<{
    resource_type: string;
    count: number;
  }>(
    `SELECT n.resource_type, count(*)::int AS count FROM nodes n JOIN projects p ON p.id = n.project_id
     WHERE p.name = $1 GROUP BY 1`,
    [project],
  );
  return Object.fromEntries(result.rows.map((r) => [r.resource_type, r.count]));
}

/** Everything that identifies a project's stored state, to compare before and after. */
export async function projectFingerprint(project: string): Promise<unknown> {
  const result = await getPool().query(
    `SELECT p.artifact_hashes, p.counts,
       (SELECT md5(string_agg(n.unique_id || ':' || n.description, ',' ORDER BY n.unique_id)) FROM nodes n WHERE n.project_id = p.id) AS nodes,
       (SELECT count(*)::int FROM columns c JOIN nodes n ON n.id = c.node_id WHERE n.project_id = p.id) AS columns,
       (SELECT count(*)::int FROM edges e WHERE e.project_id = p.id) AS edges,
       (SELECT count(*)::int FROM edges e WHERE e.project_id = p.id AND e.parent_id IS NOT NULL) AS resolved_edges,
       (SELECT count(*)::int FROM tests t JOIN nodes n ON n.id = t.node_id WHERE n.project_id = p.id) AS tests,
       (SELECT count(*)::int FROM run_results r JOIN nodes n ON n.id = r.node_id WHERE n.project_id = p.id) AS run_results
     FROM projects p WHERE p.name = $1`,
    [project],
  );
  return result.rows[0] ?? null;
}

/** Cross-project edges of a consumer: each parent and where it resolved to. */
export async function crossProjectEdges(consumer: string): Promise<
  {
    parent: string;
    resolvedTo: string | null;
    resolvedProject: string | null;
  }[]
> {
  const result = await getPool().query<{
    parent: string;
    resolved_to: string | null;
    resolved_project: string | null;
  }>(
    `SELECT e.parent_unique_id AS parent, n.unique_id AS resolved_to, np.name AS resolved_project
     FROM edges e JOIN projects p ON p.id = e.project_id
     LEFT JOIN nodes n ON n.id = e.parent_id LEFT JOIN projects np ON np.id = n.project_id
     WHERE p.name = $1 AND e.is_cross_project ORDER BY 1`,
    [consumer],
  );
  return result.rows.map((r) => ({
    parent: r.parent,
    resolvedTo: r.resolved_to,
    resolvedProject: r.resolved_project,
  }));
}

/** Rows that point at a node that does not exist, per table: all zero when the write path is consistent. */
export async function countDanglingRows(): Promise<Record<string, number>> {
  const result = await getPool().query<Record<string, number>>(
    `SELECT
       (SELECT count(*)::int FROM columns c WHERE NOT EXISTS (SELECT 1 FROM nodes n WHERE n.id = c.node_id)) AS columns,
       (SELECT count(*)::int FROM edges e WHERE NOT EXISTS (SELECT 1 FROM nodes n WHERE n.id = e.child_id)) AS edge_children,
       (SELECT count(*)::int FROM edges e WHERE e.parent_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM nodes n WHERE n.id = e.parent_id)) AS edge_parents,
       (SELECT count(*)::int FROM tests t WHERE NOT EXISTS (SELECT 1 FROM nodes n WHERE n.id = t.node_id)) AS tests,
       (SELECT count(*)::int FROM tests t WHERE t.attached_node_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM nodes n WHERE n.id = t.attached_node_id)) AS test_targets,
       (SELECT count(*)::int FROM run_results r WHERE NOT EXISTS (SELECT 1 FROM nodes n WHERE n.id = r.node_id)) AS run_results,
       (SELECT count(*)::int FROM source_freshness f WHERE NOT EXISTS (SELECT 1 FROM nodes n WHERE n.id = f.node_id)) AS freshness,
       (SELECT count(*)::int FROM catalog_entries c WHERE NOT EXISTS (SELECT 1 FROM nodes n WHERE n.id = c.node_id)) AS catalog`,
  );
  return result.rows[0] ?? {};
}

export const NO_DANGLING_ROWS = {
  columns: 0,
  edge_children: 0,
  edge_parents: 0,
  tests: 0,
  test_targets: 0,
  run_results: 0,
  freshness: 0,
  catalog: 0,
};
