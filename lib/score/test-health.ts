import type { OutcomeCounts as TestCounts } from "@/lib/artifacts/run-statuses";

/** The worst news over a set of tests, worst first. */
export type TestHealthState =
  "failing" | "warning" | "not_run" | "passing" | "untested";

export type TestHealth = { state: TestHealthState; label: string };

/**
 * A product's test health, as its trust panel and its badge both say it:
 * with no tests, "No tests"; any failure, "N failing"; else any warning,
 * "N warnings"; else any test without a result, "N not run"; else "All passing".
 */
export function judgeTestHealth(counts: TestCounts): TestHealth {
  if (counts.total === 0) return { state: "untested", label: "No tests" };
  if (counts.failed > 0)
    return { state: "failing", label: `${counts.failed} failing` };
  if (counts.warned > 0)
    return {
      state: "warning",
      label: `${counts.warned} ${counts.warned === 1 ? "warning" : "warnings"}`,
    };
  if (counts.notRun > 0)
    return { state: "not_run", label: `${counts.notRun} not run` };
  return { state: "passing", label: "All passing" };
}
