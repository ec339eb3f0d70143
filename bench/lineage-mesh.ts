import { getPool } from "@/lib/db/client";
import { ingestProject } from "@/lib/ingest/ingest-project";
import { toSampleArtifacts } from "@/lib/ingest/ingest-sample";
import { generateSyntheticMesh } from "@/lib/sample";

/**
 * Ingests a synthetic mesh through the real pipeline, the smallest nodes the
 * generator makes (the queries read no code or prose). Projects already
 * stored (a kept cluster) are skipped.
 */
export async function ingestSyntheticMesh(options: {
  projects: number;
  models: number;
  crossRefs: number;
}): Promise<{
  projects: number;
  nodes: number;
  edges: number;
  seconds: number;
}> {
  const start = performance.now();
  const stored = await getPool().query<{ n: number }>(
    "SELECT count(*)::int AS n FROM projects",
  );
  if ((stored.rows[0]?.n ?? 0) < options.projects) {
    for (const project of generateSyntheticMesh({
      projects: options.projects,
      modelsPerProject: options.models,
      crossProjectRefsPerProject: options.crossRefs,
      bytesPerNode: 3_400,
    })) {
      await ingestProject({
        artifacts: toSampleArtifacts(project),
        origin: "cli",
        maxArtifactBytes: 1 << 30,
      });
    }
  }
  const counts = await getPool().query<{
    projects: number;
    nodes: number;
    edges: number;
  }>(
    `SELECT (SELECT count(*)::int FROM projects) AS projects,
            (SELECT count(*)::int FROM nodes) AS nodes,
            (SELECT count(*)::int FROM edges) AS edges`,
  );
  const row = counts.rows[0] ?? { projects: 0, nodes: 0, edges: 0 };
  return { ...row, seconds: Math.round((performance.now() - start) / 1000) };
}
