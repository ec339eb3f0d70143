import fs from "node:fs/promises";
import path from "node:path";
import type { ArtifactKind } from "@/lib/artifacts/types";
import {
  classifyDirectory,
  isSkippedDirectory,
  pickArtifacts,
  TARGET_DIRECTORY,
  type DirectoryEntry,
} from "./discover-rules";

export type DiscoveredProject = {
  /** Where the project was found, as the user wrote it (or relative to it). */
  location: string;
  /** Its artifacts: absolute path and the path shown in messages. */
  files: Partial<Record<ArtifactKind, { path: string; label: string }>>;
  notes: string[];
};

export type Discovery = { projects: DiscoveredProject[]; notes: string[] };

/** A path on the command line that names no dbt artifacts. */
export class DiscoveryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DiscoveryError";
  }
}

type Inspected =
  | { kind: "project"; project: DiscoveredProject }
  | { kind: "without-manifest" }
  | { kind: "other"; entries: DirectoryEntry[] };

const NO_MANIFEST =
  "is a dbt project without target/manifest.json: run dbt (parse, build or docs generate) first";

/**
 * Finds the dbt projects that each path names: a manifest file (with the
 * artifacts beside it), a folder holding a manifest (a dbt `target/`), a dbt
 * project folder (its `target/`), or a folder of projects, searched below
 * (not inside installed packages or hidden folders, and not below a project).
 * A path that names nothing throws; the same manifest named twice is read once.
 */
export async function discoverProjects(
  paths: string[],
  cwd: string,
): Promise<Discovery> {
  const projects: DiscoveredProject[] = [];
  const notes: string[] = [];
  const seen = new Map<string, string>();
  for (const given of paths) {
    const found = await discoverPath(given, cwd);
    notes.push(...found.notes);
    for (const project of found.projects) {
      const manifest = project.files.manifest?.path ?? "";
      const real = await fs.realpath(manifest).catch(() => manifest);
      const earlier = seen.get(real);
      if (earlier !== undefined) {
        notes.push(
          `${project.location} is the same manifest as ${earlier}; read once`,
        );
        continue;
      }
      seen.set(real, project.location);
      projects.push(project);
    }
  }
  return { projects, notes };
}

async function discoverPath(given: string, cwd: string): Promise<Discovery> {
  const absolute = path.resolve(cwd, given);
  const label = path.isAbsolute(given)
    ? absolute
    : path.relative(cwd, absolute) || ".";
  const stat = await fs.stat(absolute).catch(() => null);
  if (stat === null)
    throw new DiscoveryError(`${given}: no such file or directory`);
  if (stat.isFile())
    return { projects: [await fromManifestFile(absolute, label)], notes: [] };
  if (!stat.isDirectory())
    throw new DiscoveryError(`${given}: not a file or directory`);
  const inspected = await inspectDirectory(absolute, label);
  if (inspected.kind === "project")
    return { projects: [inspected.project], notes: [] };
  if (inspected.kind === "without-manifest")
    throw new DiscoveryError(`${given} ${NO_MANIFEST}`);
  const scan = await scanBelow(absolute, label, inspected.entries);
  if (scan.projects.length === 0) {
    const unbuilt = scan.notes.length > 0 ? `; ${scan.notes.join("; ")}` : "";
    throw new DiscoveryError(
      `${given}: no dbt artifacts found (looked for manifest.json or manifest.json.gz, target/manifest.json, and dbt projects in subfolders)${unbuilt}`,
    );
  }
  return scan;
}

/** Searches the subfolders of a folder that is not itself a project. */
async function scanBelow(
  root: string,
  rootLabel: string,
  rootEntries: DirectoryEntry[],
): Promise<Discovery> {
  const projects: DiscoveredProject[] = [];
  const notes: string[] = [];
  const visited = new Set([await fs.realpath(root)]);
  const walk = async (
    dir: string,
    label: string,
    entries: DirectoryEntry[],
  ) => {
    for (const entry of entries) {
      if (!entry.isDirectory || isSkippedDirectory(entry.name)) continue;
      const child = path.join(dir, entry.name);
      const real = await fs.realpath(child);
      if (visited.has(real)) continue;
      visited.add(real);
      const childLabel = path.join(label, entry.name);
      // An unreadable folder in a large tree should not hide the projects beside it.
      const inspected = await inspectDirectory(child, childLabel).catch(
        (error: unknown) => {
          notes.push(`skipped ${childLabel}: ${(error as Error).message}`);
          return null;
        },
      );
      if (inspected === null) continue;
      if (inspected.kind === "project") projects.push(inspected.project);
      else if (inspected.kind === "without-manifest")
        notes.push(`skipped ${childLabel}: it ${NO_MANIFEST}`);
      else await walk(child, childLabel, inspected.entries);
    }
  };
  await walk(root, rootLabel, rootEntries);
  return { projects, notes };
}

async function inspectDirectory(
  dir: string,
  label: string,
): Promise<Inspected> {
  const entries = await readEntries(dir);
  const kind = classifyDirectory(entries);
  switch (kind.kind) {
    case "artifacts":
      return { kind: "project", project: fromFolder(dir, label, entries) };
    case "project": {
      const target = path.join(dir, TARGET_DIRECTORY);
      const targetEntries = await readEntries(target).catch(() => []);
      if (classifyDirectory(targetEntries).kind === "artifacts")
        return {
          kind: "project",
          project: fromFolder(
            target,
            path.join(label, TARGET_DIRECTORY),
            targetEntries,
          ),
        };
      return kind.hasProjectFile
        ? { kind: "without-manifest" }
        : { kind: "other", entries };
    }
    case "other":
      return { kind: "other", entries };
  }
}

function fromFolder(
  dir: string,
  label: string,
  entries: DirectoryEntry[],
): DiscoveredProject {
  const picked = pickArtifacts(
    entries.filter((e) => !e.isDirectory).map((e) => e.name),
  );
  return {
    location: label,
    files: locate(dir, label, picked.files),
    notes: picked.notes,
  };
}

async function fromManifestFile(
  file: string,
  label: string,
): Promise<DiscoveredProject> {
  const dir = path.dirname(file);
  const name = path.basename(file);
  const siblings = (await readEntries(dir))
    .filter((e) => !e.isDirectory)
    .map((e) => e.name);
  const picked = pickArtifacts(siblings, name);
  for (const kind of Object.keys(picked.files) as ArtifactKind[])
    if (kind !== "manifest" && picked.files[kind] === name)
      delete picked.files[kind];
  return {
    location: label,
    files: locate(dir, path.dirname(label), picked.files),
    notes: picked.notes,
  };
}

function locate(
  dir: string,
  label: string,
  files: Partial<Record<ArtifactKind, string>>,
): DiscoveredProject["files"] {
  const located: DiscoveredProject["files"] = {};
  for (const [kind, name] of Object.entries(files) as [ArtifactKind, string][])
    located[kind] = {
      path: path.join(dir, name),
      label: path.join(label, name),
    };
  return located;
}

/** A folder's entries, sorted by name, with symbolic links followed. */
async function readEntries(dir: string): Promise<DirectoryEntry[]> {
  const dirents = await fs.readdir(dir, { withFileTypes: true });
  const entries = await Promise.all(
    dirents.map(async (d): Promise<DirectoryEntry> => {
      if (!d.isSymbolicLink())
        return { name: d.name, isDirectory: d.isDirectory() };
      const target = await fs.stat(path.join(dir, d.name)).catch(() => null);
      return { name: d.name, isDirectory: target?.isDirectory() ?? false };
    }),
  );
  return entries.sort((a, b) => a.name.localeCompare(b.name));
}
