import { isBlocking } from "@/lib/governance/judge";
import type {
  GovernanceReport,
  Severity,
  Violation,
} from "@/lib/governance/types";

/** A report as the CLI prints it: one project's violations or the mesh's, and the gate. */
export type CheckRun = {
  report: GovernanceReport;
  project: string | null;
  failOn: Severity;
};

export function blockingViolations(run: CheckRun): Violation[] {
  return run.report.violations.filter((v) => isBlocking(v, run.failOn));
}

function isExcepted(v: Violation): boolean {
  return v.exception !== null && !v.exception.isExpired;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

function summarize(run: CheckRun): string {
  const v = run.report.violations;
  const errors = v.filter(
    (x) => !isExcepted(x) && x.severity === "error",
  ).length;
  const warnings = v.filter(
    (x) => !isExcepted(x) && x.severity === "warn",
  ).length;
  const excepted = v.filter(isExcepted).length;
  return `${plural(errors, "error")}, ${plural(warnings, "warning")}, ${excepted} excepted`;
}

/** Violations grouped by check, in the report's order (errors first). */
function byCheck(violations: Violation[]): Violation[][] {
  const groups = new Map<string, Violation[]>();
  for (const v of violations)
    groups.set(v.check, [...(groups.get(v.check) ?? []), v]);
  return [...groups.values()];
}

function describeSubject(v: Violation): string {
  return v.uniqueId === null ? v.project : `${v.project}  ${v.uniqueId}`;
}

function describeStatus(v: Violation): string {
  if (v.exception && !v.exception.isExpired)
    return ` [excepted until ${v.exception.expires}: ${v.exception.reason}]`;
  if (v.exception) return ` [exception expired ${v.exception.expires}]`;
  return v.errorFrom ? ` [error from ${v.errorFrom}]` : "";
}

function gateLine(run: CheckRun): string {
  const blocking = blockingViolations(run);
  return blocking.length === 0
    ? `Gate passed: no violation at or above ${run.failOn}.`
    : `Gate failed: ${plural(blocking.length, "violation")} at or above ${run.failOn}.`;
}

/** Plain text for a terminal or a CI log. */
export function formatText(run: CheckRun): string {
  const { report } = run;
  const lines = [
    `Governance checks of ${run.project ?? "the mesh"} (policy: ${report.policySource}, ${report.checks.length} checks)`,
    summarize(run),
    "",
  ];
  for (const group of byCheck(report.violations)) {
    const first = group[0]!;
    lines.push(
      `${first.severity.padEnd(5)}  ${first.check}: ${first.title} (${group.length})`,
    );
    for (const v of group) {
      lines.push(`  ${describeSubject(v)}${describeStatus(v)}`);
      lines.push(
        `    ${v.message}${v.owners?.length ? ` (owners: ${v.owners.join(", ")})` : ""}`,
      );
    }
    if (first.advice) lines.push(`  fix: ${first.advice}`);
    lines.push("");
  }
  for (const problem of report.problems)
    lines.push(`problem: ${problem.message}`);
  if (report.problems.length > 0) lines.push("");
  lines.push(gateLine(run));
  return `${lines.join("\n")}\n`;
}

const escapeCell = (text: string) =>
  text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** Markdown that fits a pull-request comment. */
export function formatMarkdown(run: CheckRun): string {
  const { report } = run;
  const blocking = blockingViolations(run);
  const lines = [
    `### ${blocking.length === 0 ? "✅" : "❌"} Governance checks of ${run.project ?? "the mesh"}`,
    "",
    `${summarize(run)}. ${gateLine(run)}`,
    "",
  ];
  for (const group of byCheck(report.violations)) {
    const first = group[0]!;
    lines.push(
      `#### ${first.severity === "error" ? "Error" : "Warning"}: ${first.title} (\`${first.check}\`, ${group.length})`,
      "",
    );
    if (first.advice) lines.push(`Fix: ${first.advice}`, "");
    lines.push(
      "| Project | Node | Finding | Owners | Status |",
      "|---|---|---|---|---|",
    );
    for (const v of group)
      lines.push(
        `| ${v.project} | ${v.uniqueId ? `\`${v.uniqueId}\`` : ""} | ${escapeCell(v.message)} | ${escapeCell((v.owners ?? []).join(", "))} | ${escapeCell(
          describeStatus(v)
            .trim()
            .replace(/^\[|\]$/g, ""),
        )} |`,
      );
    lines.push("");
  }
  for (const problem of report.problems)
    lines.push(`> **Problem:** ${escapeCell(problem.message)}`, "");
  return `${lines.join("\n")}\n`;
}

const xml = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    // Characters XML 1.0 cannot hold at all.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");

/**
 * JUnit XML, as CI systems render test reports: one test suite per check,
 * each violation a failing test case (an excepted one skipped, with its
 * reason), a check without violations one passing case; a custom check that
 * could not run is an errored case.
 */
export function formatJunit(run: CheckRun): string {
  const { report } = run;
  const suites = report.checks.map((check) => {
    const violations = report.violations.filter((v) => v.check === check.id);
    const problems = report.problems.filter((p) => p.check === check.id);
    const cases = violations.map((v) => {
      const name = xml(`${v.project} ${v.uniqueId ?? ""}`.trim());
      const body = `${v.message}${v.owners?.length ? `\nOwners: ${v.owners.join(", ")}` : ""}${v.advice ? `\nFix: ${v.advice}` : ""}`;
      if (isExcepted(v))
        return `    <testcase classname="${xml(check.id)}" name="${name}"><skipped message="${xml(`excepted until ${v.exception?.expires ?? ""}: ${v.exception?.reason ?? ""}`)}"/></testcase>`;
      return `    <testcase classname="${xml(check.id)}" name="${name}"><failure type="${v.severity}" message="${xml(v.message)}">${xml(body)}</failure></testcase>`;
    });
    for (const p of problems)
      cases.push(
        `    <testcase classname="${xml(check.id)}" name="query"><error message="${xml(p.message)}"/></testcase>`,
      );
    if (cases.length === 0)
      cases.push(
        `    <testcase classname="${xml(check.id)}" name="${xml(run.project ?? "mesh")}"/>`,
      );
    const failures = violations.filter((v) => !isExcepted(v)).length;
    const skipped = violations.length - failures;
    return `  <testsuite name="${xml(`${check.id}: ${check.title}`)}" tests="${cases.length}" failures="${failures}" errors="${problems.length}" skipped="${skipped}">\n${cases.join("\n")}\n  </testsuite>`;
  });
  const failures = report.violations.filter((v) => !isExcepted(v)).length;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="governance checks" failures="${failures}" errors="${report.problems.length}">\n${suites.join("\n")}\n</testsuites>\n`;
}

/** JSON: the report, the gate and what blocks it. */
export function formatJson(run: CheckRun): string {
  return `${JSON.stringify(
    {
      ...run.report,
      project: run.project,
      failOn: run.failOn,
      blocking: blockingViolations(run).length,
    },
    null,
    2,
  )}\n`;
}
