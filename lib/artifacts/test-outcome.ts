/**
 * What a test's latest `status` in run_results.json means for a reader:
 * passed (`pass`, or `success` where dbt reports tests like models), warned,
 * failed (`fail`, `error`, `runtime error`), or not run (skipped, no result,
 * anything else). One reading for the rules, the pages and SQL.
 */
export type TestOutcome = "passed" | "warned" | "failed" | "not_run";

export const PASSED_TEST_STATUSES = ["pass", "success"] as const;
export const WARNED_TEST_STATUSES = ["warn"] as const;
export const FAILED_TEST_STATUSES = ["fail", "error", "runtime error"] as const;

const OUTCOMES = new Map<string, TestOutcome>([
  ...PASSED_TEST_STATUSES.map((s) => [s, "passed"] as const),
  ...WARNED_TEST_STATUSES.map((s) => [s, "warned"] as const),
  ...FAILED_TEST_STATUSES.map((s) => [s, "failed"] as const),
]);

/** A status as stored (any case, null when the test has no result) → its outcome. */
export function classifyTestStatus(status: string | null): TestOutcome {
  if (status === null) return "not_run";
  return OUTCOMES.get(status.trim().toLowerCase()) ?? "not_run";
}

export type TestCounts = {
  total: number;
  passed: number;
  warned: number;
  /** Failed or errored. */
  failed: number;
  /** Skipped, or without a result in the last run. */
  notRun: number;
};

/** Sums tests (or grouped rows of `n` tests) by outcome. */
export function countTestOutcomes(
  rows: readonly { status: string | null; n?: number }[],
): TestCounts {
  const counts: TestCounts = {
    total: 0,
    passed: 0,
    warned: 0,
    failed: 0,
    notRun: 0,
  };
  const key = {
    passed: "passed",
    warned: "warned",
    failed: "failed",
    not_run: "notRun",
  } as const;
  for (const { status, n = 1 } of rows) {
    counts.total += n;
    counts[key[classifyTestStatus(status)]] += n;
  }
  return counts;
}

/** Adds two sets of counts. */
export function addTestCounts(a: TestCounts, b: TestCounts): TestCounts {
  return {
    total: a.total + b.total,
    passed: a.passed + b.passed,
    warned: a.warned + b.warned,
    failed: a.failed + b.failed,
    notRun: a.notRun + b.notRun,
  };
}
