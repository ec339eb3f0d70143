import { now } from "@/lib/clock";
import { checkMesh, recordGovernanceRun } from "@/lib/db/governance-runs";
import { readEnv } from "@/lib/env";
import { getLogger } from "@/lib/ops/logger";
import { loadPolicy, type LoadedPolicy } from "./policy-source";

/**
 * Runs the mesh-wide checks after an ingest committed and stores the run, so
 * that the governance pages and their trend follow every ingest. An ingest
 * stands whatever happens here: a failure is logged, never thrown.
 */
export async function runChecksAfterIngest(options: {
  policy?: LoadedPolicy;
  project: string | null;
}): Promise<void> {
  const started = performance.now();
  try {
    const policy =
      options.policy ??
      (await loadPolicy({ file: readEnv().policyFile, cwd: process.cwd() }));
    const report = await checkMesh(policy.policy, now());
    await recordGovernanceRun(report, {
      cause: "ingest",
      project: options.project,
      durationMs: performance.now() - started,
    });
  } catch (error) {
    getLogger().error(
      { err: error, project: options.project },
      "governance checks after the ingest failed (the ingest stands)",
    );
  }
}
