import "server-only";
import { judgeMesh } from "@/lib/governance/judge";
import { listCustomChecks } from "@/lib/governance/judge";
import type { GovernanceReport, Violation } from "@/lib/governance/types";
import type { Policy } from "@/lib/score/policy-types";
import { getPool } from "./client";
import { runCustomChecks } from "./governance-custom";
import { readMeshFacts } from "./queries/governance-facts";

/** Runs whose violations are kept; older runs keep their counts, for the trend. */
export const KEEP_VIOLATION_RUNS = 20;

/**
 * Checks the whole ingested mesh against a policy's `checks:`: reads the
 * facts in one snapshot, runs the custom SQL checks read-only, and judges.
 */
export async function checkMesh(
  policy: Policy,
  now: Date,
): Promise<GovernanceReport> {
  const facts = await readMeshFacts();
  const custom = await runCustomChecks(listCustomChecks(policy.checks));
  return judgeMesh({
    facts,
    policy: policy.checks,
    policySource: policy.source,
    now,
    custom,
  });
}

export type ViolationCounts = { error: number; warn: number; excepted: number };

/** Whether a standing (unexpired) exception covers a violation. */
export function isExcepted(violation: Violation): boolean {
  return violation.exception !== null && !violation.exception.isExpired;
}

/** Violations per project: errors and warnings not excepted, and those excepted. */
export function countViolations(
  violations: Violation[],
): Record<string, ViolationCounts> {
  const counts: Record<string, ViolationCounts> = {};
  for (const v of violations) {
    const entry = (counts[v.project] ??= { error: 0, warn: 0, excepted: 0 });
    if (isExcepted(v)) entry.excepted++;
    else entry[v.severity]++;
  }
  return counts;
}

/**
 * Stores a run and its violations in one transaction, and drops the
 * violations of runs older than the last KEEP_VIOLATION_RUNS.
 */
export async function recordGovernanceRun(
  report: GovernanceReport,
  run: {
    cause: "ingest" | "manual";
    project: string | null;
    durationMs: number;
  },
): Promise<bigint> {
  const client = await getPool().connect();
  try {
    await client.query("BEGIN");
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO governance_runs (ran_at, cause, project, policy_source, checks, problems, counts, duration_ms)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        report.checkedAt,
        run.cause,
        run.project,
        report.policySource,
        JSON.stringify(report.checks),
        JSON.stringify(report.problems),
        JSON.stringify(countViolations(report.violations)),
        Math.round(run.durationMs),
      ],
    );
    const id = rows[0]?.id;
    if (id === undefined) throw new Error("the governance run was not stored");
    const v = report.violations;
    await client.query(
      `INSERT INTO governance_violations
         (run_id, position, check_id, title, severity, error_from, project, unique_id, message, owners, advice, exception)
       SELECT $1, t.position, t.check_id, t.title, t.severity, t.error_from, t.project, t.unique_id, t.message,
              coalesce((SELECT array_agg(o) FROM jsonb_array_elements_text(t.owners) o), '{}'), t.advice, t.exception
       FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::jsonb[], $11::text[], $12::jsonb[])
         AS t(position, check_id, title, severity, error_from, project, unique_id, message, owners, advice, exception)`,
      [
        id,
        v.map((_, i) => i),
        v.map((x) => x.check),
        v.map((x) => x.title),
        v.map((x) => x.severity),
        v.map((x) => x.errorFrom),
        v.map((x) => x.project),
        v.map((x) => x.uniqueId),
        v.map((x) => x.message),
        v.map((x) => JSON.stringify(x.owners ?? [])),
        v.map((x) => x.advice),
        v.map((x) =>
          x.exception === null ? null : JSON.stringify(x.exception),
        ),
      ],
    );
    await client.query(
      `DELETE FROM governance_violations WHERE run_id < (
         SELECT min(id) FROM (SELECT id FROM governance_runs ORDER BY id DESC LIMIT ${KEEP_VIOLATION_RUNS}) AS kept)`,
    );
    await client.query("COMMIT");
    return BigInt(id);
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
