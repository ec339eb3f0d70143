import fs from "node:fs/promises";
import path from "node:path";
import { decodeArtifact } from "@/lib/artifacts/decode";
import { isObject } from "@/lib/artifacts/detect";
import { selectPackages } from "@/lib/artifacts/select-packages";
import { discoverProjects, DiscoveryError } from "./discover";
import { ArtifactUnavailableError, fetchArtifact } from "./fetch-artifact";
import type { IngestJob, LoadedProject, LoadEvent } from "./ingest-jobs";
import type { RawArtifact } from "./ingest-project";
import {
  LoomConfigError,
  parseLoomConfig,
  type LoomManifestEntry,
} from "./loom-config";
import { toProjectJob } from "./project-job";
import { readArtifactFiles } from "./read-artifacts";

export type LoomPlanOptions = {
  cwd: string;
  env: Record<string, string | undefined>;
  maxBytes: number;
  idleTimeoutMs?: number;
};

export type LoomPlan = { jobs: IngestJob[]; warnings: string[] };

/**
 * The jobs a dbt-loom config asks for: each upstream manifest it lists, then
 * the consumer, the dbt project holding the config (its `target/`). A config
 * that cannot be read throws; an upstream or consumer that cannot be had
 * fails (or, when `optional`, skips) its own job only.
 */
export async function planLoomJobs(
  configPath: string,
  options: LoomPlanOptions,
): Promise<LoomPlan> {
  const absolute = path.resolve(options.cwd, configPath);
  const text = await fs.readFile(absolute, "utf8").catch((error: unknown) => {
    throw new LoomConfigError(
      `${configPath}: cannot be read (${(error as Error).message})`,
    );
  });
  const baseDir = path.dirname(absolute);
  const config = parseLoomConfig(text, {
    file: configPath,
    baseDir,
    env: options.env,
  });
  const upstreams = config.manifests.map((entry) =>
    toUpstreamJob(entry, `${configPath}:${entry.line}`, options),
  );
  const consumerDir = path.dirname(configPath);
  return {
    jobs: [...upstreams, await toConsumerJob(consumerDir, options)],
    warnings: config.warnings,
  };
}

async function toConsumerJob(
  dir: string,
  options: LoomPlanOptions,
): Promise<IngestJob> {
  try {
    const { projects, notes } = await discoverProjects([dir], options.cwd);
    const [project] = projects;
    if (project && projects.length === 1) {
      const job = toProjectJob(project, {
        maxBytes: options.maxBytes,
        origin: "loom",
      });
      return { ...job, notes: [...notes, ...job.notes] };
    }
    throw new DiscoveryError(
      `${dir}: holds ${projects.length} projects, not one consumer project`,
    );
  } catch (error) {
    if (!(error instanceof DiscoveryError)) throw error;
    const message = `the consumer project (beside the dbt-loom config): ${error.message}`;
    return {
      source: dir,
      origin: "loom",
      isOptional: false,
      notes: [],
      load: () => Promise.reject(new ArtifactUnavailableError(message)),
    };
  }
}

function toUpstreamJob(
  entry: LoomManifestEntry,
  where: string,
  options: LoomPlanOptions,
): IngestJob {
  return {
    source: `${entry.name} (${where})`,
    origin: "loom",
    isOptional: entry.isOptional,
    notes: [],
    load: async (onEvent) => {
      const loaded = await loadUpstream(entry, options, onEvent);
      const { manifest } = loaded.artifacts;
      if (!manifest) return loaded;
      const prepared = prepareUpstreamManifest(
        manifest,
        entry,
        options.maxBytes,
      );
      return {
        ...loaded,
        artifacts: { ...loaded.artifacts, manifest: prepared.manifest },
        projectName: prepared.projectName,
        warnings: [...loaded.warnings, ...prepared.warnings],
        notes: [...loaded.notes, ...prepared.notes],
      };
    },
  };
}

async function loadUpstream(
  entry: LoomManifestEntry,
  options: LoomPlanOptions,
  onEvent: (event: LoadEvent) => void,
): Promise<LoadedProject> {
  const source = entry.source;
  switch (source.kind) {
    case "unsupported":
      throw new ArtifactUnavailableError(source.reason);
    case "url": {
      onEvent({ stage: "downloading", url: source.url });
      const bytes = await fetchArtifact(source.url, {
        maxBytes: options.maxBytes,
        idleTimeoutMs: options.idleTimeoutMs,
      });
      return {
        artifacts: { manifest: { file: source.url, bytes } },
        warnings: [],
        notes: [],
      };
    }
    case "path": {
      // The artifacts beside a local manifest come along, as when the upstream is ingested by path.
      const found = await discoverProjects([source.path], options.cwd).catch(
        (error: unknown) => {
          throw error instanceof DiscoveryError
            ? new ArtifactUnavailableError(error.message)
            : error;
        },
      );
      const project = found.projects[0];
      if (!project || found.projects.length > 1)
        throw new ArtifactUnavailableError(`${source.path}: not one manifest`);
      return {
        artifacts: await readArtifactFiles(project.files, {
          maxBytes: options.maxBytes,
          onRead: (file, bytes) => onEvent({ stage: "reading", file, bytes }),
        }),
        warnings: [],
        notes: project.notes,
      };
    }
  }
}

type PreparedManifest = {
  manifest: RawArtifact;
  projectName: string | undefined;
  warnings: string[];
  notes: string[];
};

/**
 * The upstream's name comes from its manifest; the config's `name` stands in
 * only for a manifest that does not say (dbt before 1.6), and a config name
 * that differs is a warning. The entry's package filter applies here, to a
 * copy. A manifest that cannot be read as JSON goes on untouched: the pipeline
 * rejects it with its usual message.
 */
export function prepareUpstreamManifest(
  manifest: RawArtifact,
  entry: Pick<LoomManifestEntry, "name" | "packageFilter">,
  maxBytes: number,
): PreparedManifest {
  let doc: unknown;
  try {
    doc = JSON.parse(decodeArtifact(manifest.file, manifest.bytes, maxBytes));
  } catch {
    return { manifest, projectName: entry.name, warnings: [], notes: [] };
  }
  if (!isObject(doc))
    return { manifest, projectName: entry.name, warnings: [], notes: [] };
  const metadata = isObject(doc.metadata) ? doc.metadata : {};
  const declared =
    typeof metadata.project_name === "string" ? metadata.project_name : null;
  const warnings: string[] = [];
  const notes: string[] = [];
  if (declared === null)
    notes.push(
      `the manifest does not name its project (dbt before 1.6); named "${entry.name}" after the dbt-loom config`,
    );
  else if (declared !== entry.name)
    warnings.push(
      `the dbt-loom config names this manifest "${entry.name}", but it is project "${declared}"; ingested as "${declared}" (the config's name should match the upstream's dbt_project.yml)`,
    );
  const projectName = declared === null ? entry.name : undefined;
  if (!entry.packageFilter) return { manifest, projectName, warnings, notes };
  const filter = entry.packageFilter;
  const listName =
    filter.mode === "exclude" ? "excluded_packages" : "included_packages";
  const selected = selectPackages(doc, filter, declared ?? entry.name);
  const dropped = Object.entries(selected.dropped);
  if (selected.keptForDependencies.length > 0)
    warnings.push(
      `${listName}: kept ${describeIds(selected.keptForDependencies)} of left-out packages, because the project's own resources depend on them`,
    );
  // Nothing left out: the original bytes keep their hash, so a repeat ingest stays "unchanged".
  if (dropped.length === 0) {
    notes.push(`${listName}: nothing to leave out`);
    return { manifest, projectName, warnings, notes };
  }
  notes.push(
    `${listName}: left out ${dropped.map(([pkg, n]) => `${n} resource(s) of ${pkg}`).join(", ")}`,
  );
  const bytes = Buffer.from(JSON.stringify(selected.manifest));
  return {
    manifest: { file: manifest.file, bytes },
    projectName,
    warnings,
    notes,
  };
}

function describeIds(ids: string[]): string {
  const shown = ids.slice(0, 3).join(", ");
  return ids.length > 3 ? `${ids.length} resources (${shown}, …)` : shown;
}
