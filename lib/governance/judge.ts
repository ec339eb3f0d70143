import { isExceptionExpired } from "@/lib/score/evaluate";
import type { CheckContext } from "./check-kind";
import { findCheckKind } from "./checks";
import { CUSTOM_SQL_KIND } from "./custom-check";
import { groupBy } from "./group-by";
import type {
  CheckException,
  CheckProblem,
  ChecksPolicy,
  Finding,
  GovernanceReport,
  MeshFacts,
  PolicyCheck,
  Severity,
  Violation,
} from "./types";

/** A custom check to run against the catalog: mesh-wide (project null) or a project's own. */
export type CustomCheckRun = { check: PolicyCheck; project: string | null };

/** What custom checks found, by check id (the runner lives with the database). */
export type CustomOutcome = {
  check: string;
  project: string | null;
  findings: Finding[];
  problem: string | null;
};

/** The custom SQL checks a policy runs: each mesh-wide one once, and each project's own. */
export function listCustomChecks(policy: ChecksPolicy): CustomCheckRun[] {
  const global = policy.checks.filter(
    (c) => c.kind === CUSTOM_SQL_KIND && c.isEnabled,
  );
  const own = Object.entries(policy.projects).flatMap(([project, checks]) =>
    checks
      .filter((c) => c.kind === CUSTOM_SQL_KIND && c.isEnabled)
      .filter((c) => !policy.checks.some((g) => g.id === c.id))
      .map((check) => ({ check, project })),
  );
  return [...global.map((check) => ({ check, project: null })), ...own];
}

/** The severity a check has on a day: a warn with `error_from` counts as error from that day (UTC). */
export function effectiveSeverity(check: PolicyCheck, now: Date): Severity {
  if (check.severity === "error") return "error";
  return check.errorFrom !== null &&
    now.toISOString().slice(0, 10) >= check.errorFrom
    ? "error"
    : "warn";
}

/** `model.finance.orders.v2` → `orders`: the name an exception may give instead of a unique_id. */
function nameOf(uniqueId: string): string | null {
  return uniqueId.split(".")[2] ?? null;
}

function findException(
  exceptions: CheckException[],
  finding: Finding,
  now: Date,
): Violation["exception"] {
  const matching = exceptions.filter(
    (e) =>
      (e.project === null || e.project === finding.project) &&
      (e.node === null ||
        (finding.uniqueId !== null &&
          (e.node === finding.uniqueId ||
            e.node === nameOf(finding.uniqueId)))),
  );
  const applied = matching.map((e) => ({
    reason: e.reason,
    expires: e.expires,
    isExpired: isExceptionExpired(e.expires, now),
  }));
  return applied.find((e) => !e.isExpired) ?? applied[0] ?? null;
}

function toViolation(
  check: PolicyCheck,
  finding: Finding,
  advice: string,
  now: Date,
): Violation {
  const severity = effectiveSeverity(check, now);
  return {
    ...finding,
    check: check.id,
    title: check.title,
    severity,
    errorFrom: severity === "warn" ? check.errorFrom : null,
    advice,
    exception: findException(check.exceptions, finding, now),
  };
}

/** The version of check `id` that judges `project`: its own section's, else the mesh-wide one. */
function checkFor(
  policy: ChecksPolicy,
  id: string,
  project: string,
): PolicyCheck | undefined {
  return (policy.projects[project] ?? policy.checks).find((c) => c.id === id);
}

function runBuiltIn(
  facts: MeshFacts,
  policy: ChecksPolicy,
  context: CheckContext,
): { check: PolicyCheck; findings: Finding[] }[] {
  const ids = new Set(
    [...policy.checks, ...Object.values(policy.projects).flat()]
      .filter((c) => c.kind !== CUSTOM_SQL_KIND)
      .map((c) => c.id),
  );
  const projects = new Set(facts.projects.map((p) => p.name));
  const results: { check: PolicyCheck; findings: Finding[] }[] = [];
  for (const id of ids) {
    // One run per distinct configuration: the mesh-wide one for projects
    // without a section, each section's own (tightened) one for its project.
    const runs = new Map<string, Map<string, Finding[]>>();
    const byCheck = new Map<PolicyCheck, Finding[]>();
    for (const project of projects) {
      const check = checkFor(policy, id, project);
      if (!check?.isEnabled) continue;
      const key = JSON.stringify(check.params);
      let byProject = runs.get(key);
      if (!byProject) {
        const findings =
          findCheckKind(check.kind)?.run(facts, check.params, context) ?? [];
        byProject = groupBy(findings, (f) => f.project);
        runs.set(key, byProject);
      }
      const own = byProject.get(project);
      if (!own) continue;
      const kept = byCheck.get(check);
      if (kept) kept.push(...own);
      else byCheck.set(check, [...own]);
    }
    for (const [check, findings] of byCheck) results.push({ check, findings });
  }
  return results;
}

/**
 * Judges the mesh against a policy's checks: runs every built-in check over
 * the facts (each project by its own section's version of a check, or the
 * mesh-wide one), adds the custom checks' findings, and gives each finding
 * its severity on this day and any exception that covers it. Enabled checks
 * only; a check that could not run is a problem, never a crash.
 */
export function judgeMesh(input: {
  facts: MeshFacts;
  policy: ChecksPolicy;
  policySource: string;
  now: Date;
  custom?: CustomOutcome[];
}): GovernanceReport {
  const { facts, policy, now } = input;
  const violations: Violation[] = [];
  for (const { check, findings } of runBuiltIn(facts, policy, { now })) {
    const advice = findCheckKind(check.kind)?.advice ?? "";
    for (const finding of findings)
      violations.push(toViolation(check, finding, advice, now));
  }
  const problems: CheckProblem[] = [];
  for (const outcome of input.custom ?? []) {
    if (outcome.problem !== null)
      problems.push({
        check: outcome.check,
        project: outcome.project,
        message: outcome.problem,
      });
    for (const finding of outcome.findings) {
      if (outcome.project !== null && finding.project !== outcome.project)
        continue;
      const check = checkFor(policy, outcome.check, finding.project);
      if (!check?.isEnabled) continue;
      const advice =
        typeof check.params.advice === "string" ? check.params.advice : "";
      violations.push(toViolation(check, finding, advice, now));
    }
  }
  const order = new Map(
    [...policy.checks, ...Object.values(policy.projects).flat()].map((c, i) => [
      c.id,
      i,
    ]),
  );
  violations.sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1) ||
      (order.get(a.check) ?? 0) - (order.get(b.check) ?? 0) ||
      a.project.localeCompare(b.project) ||
      (a.uniqueId ?? "").localeCompare(b.uniqueId ?? ""),
  );
  const seen = new Set<string>();
  const checks = [...policy.checks, ...Object.values(policy.projects).flat()]
    .filter((c) => c.isEnabled && !seen.has(c.id) && seen.add(c.id))
    .map((c) => ({
      id: c.id,
      title: c.title,
      kind: c.kind,
      severity: effectiveSeverity(c, now),
      errorFrom: effectiveSeverity(c, now) === "warn" ? c.errorFrom : null,
    }));
  return {
    checkedAt: now.toISOString(),
    policySource: input.policySource,
    checks,
    violations,
    problems,
  };
}

/** Violations that count against a gate: not excepted (or excepted by an expired exception), at or above a severity. */
export function isBlocking(violation: Violation, threshold: Severity): boolean {
  if (violation.exception !== null && !violation.exception.isExpired)
    return false;
  return threshold === "warn" || violation.severity === "error";
}

/** Which violation a later run's is the same one: its check, project and node. */
const violationKey = (v: Violation) =>
  `${v.check}\u0000${v.project}\u0000${v.uniqueId ?? ""}`;

/**
 * The error-level violations of `current` that block a gate and did not in
 * `previous` (null: there was no earlier run, so every one is new). A
 * violation is the same one from run to run when its check, project and node
 * are: its message may change (an age in days) without making it new.
 */
export function findNewErrors(
  previous: readonly Violation[] | null,
  current: readonly Violation[],
): Violation[] {
  const before = new Set(
    (previous ?? []).filter((v) => isBlocking(v, "error")).map(violationKey),
  );
  return current.filter(
    (v) => isBlocking(v, "error") && !before.has(violationKey(v)),
  );
}
