import { parseArtifactSet } from "@/lib/artifacts/parse";
import { resolveProjectName } from "@/lib/mesh/project-identity";
import { buildSnapshot, type ProjectSnapshot } from "@/lib/mesh/snapshot";
import type { Policy } from "@/lib/score/policy-types";
import { scoreOffline, type OfflineScores } from "@/lib/score/score-project";
import type { InflatedArtifacts } from "./inflate-artifacts";

/**
 * Parses and validates a project's inflated artifacts, checks the manifest
 * is the project's the caller means, and derives its snapshot: all the CPU
 * work of an ingest before it writes.
 */
export function buildProjectSnapshot(
  inflated: InflatedArtifacts,
  expectedName: string | undefined,
): ProjectSnapshot {
  const artifacts = parseArtifactSet(inflated.inputs, inflated.moreRunResults);
  const name = resolveProjectName(artifacts.manifest, expectedName);
  return buildSnapshot(name, artifacts);
}

/** What an ingest derives before it writes: the snapshot and its products' scores. */
export type PreparedSnapshot = {
  snapshot: ProjectSnapshot;
  scores: OfflineScores;
};

/** The artifacts and the policy to score by, as a worker receives them. */
export type SnapshotJob = {
  inflated: InflatedArtifacts;
  expectedName: string | undefined;
  policy: Policy;
  now: Date;
};

/** Builds the snapshot (buildProjectSnapshot) and scores its data products, with other projects' refs unknown. */
export function prepareSnapshot(job: SnapshotJob): PreparedSnapshot {
  const snapshot = buildProjectSnapshot(job.inflated, job.expectedName);
  return {
    snapshot,
    scores: scoreOffline(snapshot, job.policy, { now: job.now }),
  };
}
