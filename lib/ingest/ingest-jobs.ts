import { formatBytes } from "@/lib/artifacts/decode";
import { isArtifactError } from "@/lib/artifacts/errors";
import type { IngestRunRecord } from "@/lib/db/ingest-runs";
import { ArtifactUnavailableError } from "./fetch-artifact";
import { runChecksAfterIngest } from "./governance-after-ingest";
import {
  ingestProject,
  IngestRejection,
  type IngestReport,
  type IngestStage,
  type RawArtifact,
} from "./ingest-project";
import { estimatePlainBytes, type Artifacts } from "./read-artifacts";

/** Files at least this large get progress lines; smaller projects ingest in a blink. */
export const LARGE_ARTIFACT_BYTES = 20 * 1024 * 1024;

export type LoadEvent =
  | { stage: "reading"; file: string; bytes: number }
  | { stage: "downloading"; url: string };

export type LoadedProject = {
  artifacts: Artifacts;
  /** Further run_results.json, merged per node with the artifacts' one. */
  moreRunResults?: RawArtifact[];
  /** The name to ingest under when the manifest does not say (checked when it does). */
  projectName?: string;
  warnings: string[];
  notes: string[];
};

/** One project to ingest: where it comes from and how to get its artifacts. */
export type IngestJob = {
  source: string;
  origin: IngestRunRecord["origin"];
  /** dbt-loom's `optional`: artifacts that cannot be had skip the job instead of failing it. */
  isOptional: boolean;
  notes: string[];
  load: (onEvent: (event: LoadEvent) => void) => Promise<LoadedProject>;
};

type OutcomeBase = { source: string; notes: string[]; warnings: string[] };

export type JobOutcome =
  | (OutcomeBase & { status: "ingested" | "unchanged"; report: IngestReport })
  | (OutcomeBase & {
      status: "rejected";
      project: string | null;
      error: string;
    })
  | (OutcomeBase & { status: "failed"; error: string })
  | (OutcomeBase & { status: "skipped"; reason: string });

export type ProgressEvent = {
  source: string;
  message: string;
  elapsedMs: number;
};

export type RunOptions = {
  maxArtifactBytes: number;
  /** `--project`: the name of the one project, for manifests that do not say. */
  projectName?: string;
  /** `--force`: ingest manifests older than the stored ones. */
  force?: boolean;
  onProgress?: (event: ProgressEvent) => void;
  onOutcome?: (outcome: JobOutcome) => void;
};

/**
 * Ingests the jobs one after another through the shared pipeline. A job whose
 * artifacts are rejected or cannot be had is reported and the rest go on;
 * only an unexpected error (the database gone) stops the run.
 */
export async function runIngestJobs(
  jobs: IngestJob[],
  options: RunOptions,
): Promise<JobOutcome[]> {
  const outcomes: JobOutcome[] = [];
  for (const job of jobs) {
    const outcome = await runJob(job, options);
    outcomes.push(outcome);
    options.onOutcome?.(outcome);
  }
  // Once for the batch: a mesh of 200 projects is checked once, not 200 times.
  const ingested = outcomes.flatMap((o) =>
    o.status === "ingested" ? [o.report.project] : [],
  );
  if (ingested.length > 0)
    await runChecksAfterIngest({
      project: ingested.length === 1 ? (ingested[0] ?? null) : null,
    });
  return outcomes;
}

async function runJob(
  job: IngestJob,
  options: RunOptions,
): Promise<JobOutcome> {
  const started = performance.now();
  const progress = (message: string) =>
    options.onProgress?.({
      source: job.source,
      message,
      elapsedMs: performance.now() - started,
    });
  const base = {
    source: job.source,
    notes: [...job.notes],
    warnings: [] as string[],
  };
  let loaded: LoadedProject;
  try {
    loaded = await job.load((event) => {
      if (event.stage === "downloading") progress(`downloading ${event.url}…`);
      else if (event.bytes >= LARGE_ARTIFACT_BYTES)
        progress(`reading ${event.file} (${formatBytes(event.bytes)})…`);
    });
  } catch (error) {
    if (error instanceof ArtifactUnavailableError)
      return job.isOptional
        ? { ...base, status: "skipped", reason: error.message }
        : { ...base, status: "failed", error: error.message };
    if (isArtifactError(error))
      return {
        ...base,
        status: "rejected",
        project: null,
        error: error.message,
      };
    throw error;
  }
  base.notes.push(...loaded.notes);
  base.warnings.push(...loaded.warnings);
  const isLarge = estimatePlainBytes(loaded.artifacts) >= LARGE_ARTIFACT_BYTES;
  try {
    const report = await ingestProject({
      artifacts: loaded.artifacts,
      moreRunResults: loaded.moreRunResults,
      force: options.force,
      projectName: loaded.projectName ?? options.projectName,
      origin: job.origin,
      maxArtifactBytes: options.maxArtifactBytes,
      runChecks: false,
      onProgress: (stage, detail) => {
        if (isLarge) progress(describeStage(stage, detail));
      },
    });
    base.warnings.push(...report.warnings);
    return { ...base, status: report.status, report };
  } catch (error) {
    if (!(error instanceof IngestRejection)) throw error;
    return {
      ...base,
      status: "rejected",
      project: loaded.projectName ?? options.projectName ?? null,
      error: error.message,
    };
  }
}

function describeStage(stage: IngestStage, detail: string | undefined): string {
  switch (stage) {
    case "inflating":
      return "decompressing and hashing…";
    case "parsing":
      return "parsing…";
    case "writing":
      return `writing ${formatCounts(detail ?? "")}…`;
  }
}

/** "20000 nodes, 31000 edges" → "20,000 nodes, 31,000 edges". */
function formatCounts(detail: string): string {
  return detail.replace(/\d{4,}/g, (digits) =>
    Number(digits).toLocaleString("en-US"),
  );
}
