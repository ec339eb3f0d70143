import { ARTIFACT_FILE_NAMES, type ArtifactKind } from "@/lib/artifacts/types";

export type DirectoryEntry = { name: string; isDirectory: boolean };

/** What a directory is to `npm run ingest`. */
export type DirectoryKind =
  /** Holds a manifest itself: a dbt `target/`, or a folder of artifacts. */
  | { kind: "artifacts" }
  /** A dbt project whose `target/` may hold a manifest (checked by listing it). */
  | { kind: "project"; hasProjectFile: boolean }
  /** Anything else: its subfolders may hold projects. */
  | { kind: "other" };

const SKIPPED_DIRECTORIES = new Set([
  "node_modules",
  "dbt_packages",
  "dbt_modules",
]);
const PROJECT_FILE = "dbt_project.yml";
export const TARGET_DIRECTORY = "target";

/** Folders never searched for projects: installed packages and hidden folders. */
export function isSkippedDirectory(name: string): boolean {
  return SKIPPED_DIRECTORIES.has(name) || name.startsWith(".");
}

/**
 * A folder with a manifest is a set of artifacts; one with `dbt_project.yml`
 * or a `target/` folder is a dbt project; anything else may contain projects.
 */
export function classifyDirectory(entries: DirectoryEntry[]): DirectoryKind {
  const files = new Set(
    entries.filter((e) => !e.isDirectory).map((e) => e.name),
  );
  if (findManifestFile(files) !== null) return { kind: "artifacts" };
  const hasProjectFile = files.has(PROJECT_FILE);
  const hasTarget = entries.some(
    (e) => e.isDirectory && e.name === TARGET_DIRECTORY,
  );
  if (hasProjectFile || hasTarget) return { kind: "project", hasProjectFile };
  return { kind: "other" };
}

export type PickedArtifacts = {
  files: Partial<Record<ArtifactKind, string>>;
  notes: string[];
};

/**
 * The artifacts among a folder's file names: each kind as `name.json` or
 * `name.json.gz`. When both exist the plain file wins and a note says so.
 * `manifest` overrides the manifest's file (a path given by the user).
 */
export function pickArtifacts(
  fileNames: Iterable<string>,
  manifest?: string,
): PickedArtifacts {
  const names = new Set(fileNames);
  const files: Partial<Record<ArtifactKind, string>> = {};
  const notes: string[] = [];
  for (const [kind, plain] of Object.entries(ARTIFACT_FILE_NAMES) as [
    ArtifactKind,
    string,
  ][]) {
    if (kind === "manifest" && manifest !== undefined) {
      files.manifest = manifest;
      continue;
    }
    const gzipped = `${plain}.gz`;
    if (names.has(plain)) {
      files[kind] = plain;
      if (names.has(gzipped))
        notes.push(`both ${plain} and ${gzipped} found; ${plain} was read`);
    } else if (names.has(gzipped)) files[kind] = gzipped;
  }
  return { files, notes };
}

function findManifestFile(files: Set<string>): string | null {
  const plain = ARTIFACT_FILE_NAMES.manifest;
  if (files.has(plain)) return plain;
  if (files.has(`${plain}.gz`)) return `${plain}.gz`;
  return null;
}
