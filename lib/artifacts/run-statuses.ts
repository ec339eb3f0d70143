/**
 * The statuses dbt writes in run_results.json (tests and builds alike) and
 * what each means. Every status set, in TypeScript or SQL, is derived here.
 * (Source freshness has its own statuses in sources.json.)
 */

export const RUN_STATUSES = [
  "pass",
  "success",
  "warn",
  "partial success",
  "fail",
  "error",
  "runtime error",
  "skipped",
  "no-op",
  "reused",
] as const;

export type RunStatus = (typeof RUN_STATUSES)[number];

/** How a result went: passed, passed with a warning, failed, or did not run. */
export type RunOutcome = "passed" | "warned" | "failed" | "notRun";

/**
 * `pass` for data and unit tests, `success` where dbt reports a test like a
 * model (some versions and `dbt build` variants do); `error` and
 * `runtime error` fail like `fail`; `no-op` and `reused` built nothing.
 */
export function getRunOutcome(status: RunStatus): RunOutcome {
  switch (status) {
    case "pass":
    case "success":
      return "passed";
    case "warn":
    case "partial success":
      return "warned";
    case "fail":
    case "error":
    case "runtime error":
      return "failed";
    case "skipped":
    case "no-op":
    case "reused":
      return "notRun";
  }
}

/** Narrows a stored status (case-insensitive, trimmed); null when dbt wrote something else. */
export function toRunStatus(value: string): RunStatus | null {
  const normalized = value.trim().toLowerCase();
  return (RUN_STATUSES as readonly string[]).includes(normalized)
    ? (normalized as RunStatus)
    : null;
}

/** The outcome of a stored status; an unknown or absent one did not run. */
export function classifyRunStatus(value: string | null): RunOutcome {
  const status = value === null ? null : toRunStatus(value);
  return status === null ? "notRun" : getRunOutcome(status);
}

/** Whether a test's latest status means it passed. */
export function isPassingStatus(status: string | null): boolean {
  return classifyRunStatus(status) === "passed";
}

function statusesWith(outcome: RunOutcome): readonly RunStatus[] {
  return RUN_STATUSES.filter((status) => getRunOutcome(status) === outcome);
}

/** pass, success. */
export const PASSING_STATUSES = statusesWith("passed");
/** warn, partial success. */
export const WARNING_STATUSES = statusesWith("warned");
/** fail, error, runtime error. */
export const FAILING_STATUSES = statusesWith("failed");

/** Results counted by outcome, and in all. */
export type OutcomeCounts = Record<RunOutcome, number> & { total: number };

/** Counts results by outcome; a row stands for `n` results of its status (one when absent). */
export function countOutcomes(
  rows: Iterable<{ status: string | null; n?: number }>,
): OutcomeCounts {
  const counts: OutcomeCounts = {
    total: 0,
    passed: 0,
    warned: 0,
    failed: 0,
    notRun: 0,
  };
  for (const { status, n = 1 } of rows) {
    counts.total += n;
    counts[classifyRunStatus(status)] += n;
  }
  return counts;
}

/** Adds two sets of counts. */
export function addOutcomeCounts(
  a: OutcomeCounts,
  b: OutcomeCounts,
): OutcomeCounts {
  return {
    total: a.total + b.total,
    passed: a.passed + b.passed,
    warned: a.warned + b.warned,
    failed: a.failed + b.failed,
    notRun: a.notRun + b.notRun,
  };
}
