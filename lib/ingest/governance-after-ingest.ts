import { now } from "@/lib/clock";
import { checkMesh, recordGovernanceRun } from "@/lib/db/governance-runs";
import { getGovernance } from "@/lib/db/queries/governance";
import { buildErrorViolationsPayload } from "@/lib/governance/changes-webhooks";
import { findNewErrors } from "@/lib/governance/judge";
import { readEnv } from "@/lib/env";
import { getLogger } from "@/lib/ops/logger";
import { deliverWebhooks } from "./deliver-webhooks";
import { loadPolicy, type LoadedPolicy } from "./policy-source";

/**
 * Runs the mesh-wide checks after an ingest committed and stores the run, so
 * that the governance pages and their trend follow every ingest, and tells
 * the policy's `error_violation` webhooks about error-level violations the
 * run before did not have. An ingest stands whatever happens here: a failure
 * is logged, never thrown.
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
    const tellsErrors = policy.policy.webhooks.some((w) =>
      w.events.includes("error_violation"),
    );
    const previous = tellsErrors ? await getGovernance() : null;
    const report = await checkMesh(policy.policy, now());
    await recordGovernanceRun(report, {
      cause: "ingest",
      project: options.project,
      durationMs: performance.now() - started,
    });
    if (!tellsErrors) return;
    const fresh = findNewErrors(
      previous?.violations ?? null,
      report.violations,
    );
    // In the background: a webhook never fails an ingest.
    if (fresh.length > 0)
      deliverWebhooks(
        policy.policy.webhooks,
        "error_violation",
        buildErrorViolationsPayload(fresh),
      );
  } catch (error) {
    getLogger().error(
      { err: error, project: options.project },
      "governance checks after the ingest failed (the ingest stands)",
    );
  }
}
