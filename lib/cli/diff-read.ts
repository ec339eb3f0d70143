import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ArtifactKind } from "@/lib/artifacts/types";
import { listExposureConsumers, toDiffSide } from "@/lib/governance/diff-side";
import type { DiffConsumer, DiffSide } from "@/lib/governance/diff-types";
import type { DiscoveredProject } from "@/lib/ingest/discover";
import { OFF_THREAD_BYTES } from "@/lib/ingest/snapshot-job";
import { startSourceWorker } from "@/lib/ingest/source-worker";
import {
  isArtifactProblem,
  readProjectSnapshot,
} from "./read-project-snapshot";

/** What the diff needs of one manifest: its facts and its own exposures. */
export type ReadSide = {
  side: DiffSide;
  exposures: DiffConsumer[];
};

export type ReadSideJob = {
  project: DiscoveredProject;
  maxBytes: number;
  projectName: string | undefined;
};

/** Artifacts that cannot be read into a snapshot (exit code 2), as a worker reports them. */
export class UnreadableArtifactsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UnreadableArtifactsError";
  }
}

/** The diff compares declarations and warehouse columns; results and freshness do not matter. */
const DIFF_KINDS: readonly ArtifactKind[] = ["manifest", "catalog"];

/** Reads one project's manifest (and catalog.json) into the diff's facts, on this thread. */
export async function readSide(job: ReadSideJob): Promise<ReadSide> {
  const { snapshot } = await readProjectSnapshot(job.project, {
    maxBytes: job.maxBytes,
    projectName: job.projectName,
    kinds: DIFF_KINDS,
  });
  return {
    side: toDiffSide(snapshot),
    exposures: listExposureConsumers(snapshot),
  };
}

/**
 * Reads both sides of a diff. Large manifests (OFF_THREAD_BYTES and more)
 * are parsed on two worker threads at once: parsing is most of a diff's
 * time, and the two sides do not depend on each other.
 */
export async function readBothSides(
  jobs: [ReadSideJob, ReadSideJob],
): Promise<[ReadSide, ReadSide]> {
  const sizes = await Promise.all(jobs.map(measureArtifacts));
  if (sizes.every((bytes) => bytes < OFF_THREAD_BYTES))
    return [await readSide(jobs[0]), await readSide(jobs[1])];
  return Promise.all([readSideOffThread(jobs[0]), readSideOffThread(jobs[1])]);
}

async function measureArtifacts(job: ReadSideJob): Promise<number> {
  let bytes = 0;
  for (const kind of DIFF_KINDS) {
    const file = job.project.files[kind];
    if (file) bytes += (await fs.stat(file.path)).size;
  }
  return bytes;
}

/** What the worker posts: the side as JSON text, or the problem with the input. */
export type ReadSideOutcome =
  { ok: true; json: string } | { ok: false; isInput: boolean; message: string };

function readSideOffThread(job: ReadSideJob): Promise<ReadSide> {
  return new Promise((resolve, reject) => {
    const entry = path.join(
      path.dirname(fileURLToPath(import.meta.url)),
      "diff-read-worker.ts",
    );
    const worker = startSourceWorker(entry, import.meta.url, {
      workerData: job,
    });
    let outcome: ReadSideOutcome | undefined;
    worker.once("message", (message: ReadSideOutcome) => (outcome = message));
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (!outcome)
        return reject(
          new Error(`the diff's reader stopped (exit code ${code})`),
        );
      if (outcome.ok) resolve(JSON.parse(outcome.json) as ReadSide);
      else if (outcome.isInput)
        reject(new UnreadableArtifactsError(outcome.message));
      else reject(new Error(outcome.message));
    });
  });
}

/** Runs readSide for a worker thread and says how it went. */
export async function runReadSide(job: ReadSideJob): Promise<ReadSideOutcome> {
  try {
    return { ok: true, json: JSON.stringify(await readSide(job)) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, isInput: isArtifactProblem(error), message };
  }
}
