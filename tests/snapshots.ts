import { parseArtifactSet } from "@/lib/artifacts/parse";
import type { ArtifactKind } from "@/lib/artifacts/types";
import { resolveProjectName } from "@/lib/mesh/project-identity";
import { buildSnapshot, type ProjectSnapshot } from "@/lib/mesh/snapshot";
import { generateSampleMesh, toDbtJson } from "@/lib/sample";
import { readFixtureDir } from "./fixtures";

/** A real fixture project's snapshot, built in memory as ingest would build it. */
export function snapshotFixture(relativeDir: string): ProjectSnapshot {
  const artifacts = parseArtifactSet(readFixtureDir(relativeDir));
  return buildSnapshot(resolveProjectName(artifacts.manifest), artifacts);
}

const SAMPLE_FILES: Record<ArtifactKind, string> = {
  manifest: "manifest",
  catalog: "catalog",
  run_results: "runResults",
  sources: "sources",
  semantic_manifest: "semanticManifest",
};

/** The sample mesh's snapshots, built in memory without a database. */
export function snapshotSampleMesh(): ProjectSnapshot[] {
  return generateSampleMesh().map((project) => {
    const inputs: Partial<
      Record<ArtifactKind, { file: string; bytes: Uint8Array }>
    > = {};
    for (const [kind, key] of Object.entries(SAMPLE_FILES) as [
      ArtifactKind,
      string,
    ][]) {
      const content = project.files[key as keyof typeof project.files];
      if (content)
        inputs[kind] = {
          file: `${project.name}/${kind}.json`,
          bytes: Buffer.from(toDbtJson(content)),
        };
    }
    return buildSnapshot(project.name, parseArtifactSet(inputs));
  });
}
