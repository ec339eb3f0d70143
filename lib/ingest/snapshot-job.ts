import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { ArtifactError } from "@/lib/artifacts/errors";
import { ProjectIdentityError } from "@/lib/mesh/project-identity";
import {
  prepareSnapshot,
  type PreparedSnapshot,
  type SnapshotJob,
} from "./build-snapshot";
import { startSourceWorker } from "./source-worker";

/**
 * A worker's answer: the snapshot and scores as JSON text, or its error as
 * plain data. Text, because the calling thread takes it in: JSON.parse of a
 * 100 MB manifest's snapshot (74 MB of JSON) held the event loop about half
 * as long as taking the same objects in as a structured clone (0.5–0.75 s
 * against 1.1–1.4 s). The snapshot is JSON data: strings, numbers, arrays.
 */
export type SnapshotOutcome =
  | { ok: true; json: string }
  | {
      ok: false;
      error:
        | {
            kind: "artifact";
            file: string;
            problem: string;
            byteOffset: number | undefined;
            isTooLarge: boolean;
          }
        | { kind: "identity"; message: string }
        | { kind: "fault"; message: string; stack: string | undefined };
    };

/**
 * Plain artifact bytes from which the work is worth a worker thread. Below,
 * parsing takes tens of milliseconds, about what starting a worker costs,
 * and a mesh of 200 small projects would pay that 200 times over.
 */
export const OFF_THREAD_BYTES = 4 * 1024 * 1024;

/** prepareSnapshot on a worker thread for artifacts of OFF_THREAD_BYTES and more, on this one below. */
export async function prepareSnapshotAside(
  job: SnapshotJob,
): Promise<PreparedSnapshot> {
  const { inputs, moreRunResults } = job.inflated;
  const bytes = [...Object.values(inputs), ...moreRunResults].reduce(
    (sum, input) => sum + (input?.bytes.byteLength ?? 0),
    0,
  );
  return bytes >= OFF_THREAD_BYTES
    ? prepareSnapshotOffThread(job)
    : prepareSnapshot(job);
}

/**
 * Builds a project's snapshot and scores it (prepareSnapshot) on a worker
 * thread of its own: parsing, validating and scoring a 100 MB manifest holds
 * a thread for seconds, and on the server's event loop every reader would
 * wait that long; only taking the result in (see SnapshotOutcome) is left
 * to the calling thread.
 * Rejects with the same errors the work throws on the calling thread
 * (ArtifactError, ProjectIdentityError); a worker that dies answers a plain
 * Error, and only the worker dies: one that runs out of its heap
 * (`maxHeapMb`, V8's default when absent) takes nothing else down. The
 * artifacts' bytes are copied to the worker; the caller's stay usable.
 */
export function prepareSnapshotOffThread(
  job: SnapshotJob,
  options: { maxHeapMb?: number } = {},
): Promise<PreparedSnapshot> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(job, options.maxHeapMb);
    let outcome: SnapshotOutcome | undefined;
    worker.once("message", (message: SnapshotOutcome) => (outcome = message));
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (!outcome)
        return reject(
          new Error(
            `the snapshot worker stopped (exit code ${code}) without an answer`,
          ),
        );
      if (outcome.ok) resolve(JSON.parse(outcome.json) as PreparedSnapshot);
      else reject(toError(outcome.error));
    });
  });
}

function startWorker(job: SnapshotJob, maxHeapMb: number | undefined): Worker {
  const options = {
    workerData: job,
    resourceLimits:
      maxHeapMb === undefined ? {} : { maxOldGenerationSizeMb: maxHeapMb },
  };
  if (import.meta.url.endsWith(".ts")) {
    const entry = path.join(
      path.dirname(fileURLToPath(import.meta.url)),
      "snapshot-worker.ts",
    );
    return startSourceWorker(entry, import.meta.url, options);
  }
  // Bundled: written out whole for the bundler, which builds the worker
  // its own bundle and puts that bundle's address here.
  return new Worker(new URL("./snapshot-worker.ts", import.meta.url), options);
}

function toError(
  error: Extract<SnapshotOutcome, { ok: false }>["error"],
): Error {
  switch (error.kind) {
    case "artifact":
      return new ArtifactError(error.file, error.problem, {
        byteOffset: error.byteOffset,
        isTooLarge: error.isTooLarge,
      });
    case "identity":
      return new ProjectIdentityError(error.message);
    case "fault": {
      const fault = new Error(`building the snapshot failed: ${error.message}`);
      fault.stack = error.stack;
      return fault;
    }
  }
}
