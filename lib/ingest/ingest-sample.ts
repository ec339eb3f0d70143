import type { ArtifactKind } from "@/lib/artifacts/types";
import { now } from "@/lib/clock";
import {
  generateSampleMesh,
  toDbtJson,
  type SampleProject,
} from "@/lib/sample";
import {
  ingestProject,
  type IngestReport,
  type RawArtifact,
} from "./ingest-project";

const FILES: Record<ArtifactKind, keyof SampleProject["files"]> = {
  manifest: "manifest",
  catalog: "catalog",
  run_results: "runResults",
  sources: "sources",
  semantic_manifest: "semanticManifest",
};

/** A generated project's files as the artifacts an upload of its `target/` would carry. */
export function toSampleArtifacts(
  project: SampleProject,
): Partial<Record<ArtifactKind, RawArtifact>> {
  const artifacts: Partial<Record<ArtifactKind, RawArtifact>> = {};
  for (const [kind, key] of Object.entries(FILES) as [
    ArtifactKind,
    keyof SampleProject["files"],
  ][]) {
    const content = project.files[key];
    if (content)
      artifacts[kind] = {
        file: `${project.name}/target/${kind}.json`,
        bytes: Buffer.from(toDbtJson(content)),
      };
  }
  return artifacts;
}

/**
 * Ingests the project's own sample mesh through the real pipeline, as if each
 * project's `target/` had been uploaded. Timestamps follow `now` (the
 * clock's by default), so the demo looks freshly built on any day.
 */
export async function ingestSampleMesh(options: {
  now?: Date;
  maxArtifactBytes: number;
}): Promise<IngestReport[]> {
  const reports: IngestReport[] = [];
  for (const project of generateSampleMesh({ now: options.now ?? now() })) {
    reports.push(
      await ingestProject({
        artifacts: toSampleArtifacts(project),
        origin: "cli",
        maxArtifactBytes: options.maxArtifactBytes,
      }),
    );
  }
  return reports;
}
