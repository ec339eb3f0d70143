import fs from "node:fs";
import path from "node:path";
import type { ArtifactKind } from "@/lib/artifacts/types";
import type { RawArtifact } from "@/lib/ingest/ingest-project";

/** The shared real dbt artifacts, read in place (never copied into the repo). */
export const REAL_FIXTURES = path.resolve(
  import.meta.dirname,
  "../../shared/fixtures/real",
);

export function readFixture(relativePath: string): RawArtifact {
  const file = path.join(REAL_FIXTURES, relativePath);
  return { file, bytes: fs.readFileSync(file) };
}

/** The artifacts found in one fixture directory, by kind. */
export function readFixtureDir(
  relativeDir: string,
): Partial<Record<ArtifactKind, RawArtifact>> {
  const names: Record<ArtifactKind, string> = {
    manifest: "manifest.json",
    catalog: "catalog.json",
    run_results: "run_results.json",
    sources: "sources.json",
    semantic_manifest: "semantic_manifest.json",
  };
  const found: Partial<Record<ArtifactKind, RawArtifact>> = {};
  for (const [kind, name] of Object.entries(names) as [
    ArtifactKind,
    string,
  ][]) {
    const relative = path.join(relativeDir, name);
    if (fs.existsSync(path.join(REAL_FIXTURES, relative)))
      found[kind] = readFixture(relative);
  }
  return found;
}
