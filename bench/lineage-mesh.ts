import { getPool } from "@/lib/db/client";
import { ingestProject } from "@/lib/ingest/ingest-project";
import type { ArtifactKind } from "@/lib/artifacts/types";
import {
  generateSyntheticMesh,
  toDbtJson,
  type SampleProject,
} from "@/lib/sample";

const FILES: Record<ArtifactKind, keyof SampleProject["files"]> = {
  manifest: "manifest",
  catalog: "catalog",
  run_results: "runResults",
  sources: "sources",
  semantic_manifest: "semanticManifest",
};

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
      const artifacts: Partial<
        Record<ArtifactKind, { file: string; bytes: Uint8Array }>
      > = {};
      for (const [kind, key] of Object.entries(FILES) as [
        ArtifactKind,
        keyof SampleProject["files"],
      ][]) {
        const content = project.files[key];
        if (content)
          artifacts[kind] = {
            file: `${project.name}/${kind}.json`,
            bytes: Buffer.from(toDbtJson(content)),
          };
      }
      await ingestProject({
        artifacts,
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
