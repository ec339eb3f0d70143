/**
 * Worker thread: builds and scores one project's snapshot (prepareSnapshot) from
 * `workerData` and posts it back, or posts the error as data: an error's
 * class does not survive the crossing, so the kinds the caller answers
 * differently are named.
 */
import { parentPort, workerData } from "node:worker_threads";
import { isArtifactError } from "@/lib/artifacts/errors";
import { ProjectIdentityError } from "@/lib/mesh/project-identity";
import { prepareSnapshot, type SnapshotJob } from "./build-snapshot";
import type { SnapshotOutcome } from "./snapshot-job";

function run(job: SnapshotJob): SnapshotOutcome {
  try {
    return { ok: true, json: JSON.stringify(prepareSnapshot(job)) };
  } catch (error) {
    if (isArtifactError(error))
      return {
        ok: false,
        error: {
          kind: "artifact",
          file: error.file,
          problem: error.problem,
          byteOffset: error.byteOffset,
          isTooLarge: error.isTooLarge,
        },
      };
    if (error instanceof ProjectIdentityError)
      return { ok: false, error: { kind: "identity", message: error.message } };
    const { message, stack } =
      error instanceof Error ? error : new Error(String(error));
    return { ok: false, error: { kind: "fault", message, stack } };
  }
}

parentPort?.postMessage(run(workerData as SnapshotJob));
