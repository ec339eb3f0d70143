import { toRunStatus } from "@/components/ui/status-badge";
import type { NodeDetail, TestView } from "@/lib/db/queries/nodes";

export type TestSummary = {
  total: number;
  passed: number;
  warned: number;
  /** Failed or errored. */
  failed: number;
  /** Skipped, or not in the last run. */
  notRun: number;
};

/** Every test of a node, on its columns and on itself, each counted once. */
export function collectNodeTests(
  node: Pick<NodeDetail, "columns" | "tests">,
): TestView[] {
  const byId = new Map<string, TestView>();
  for (const test of [...node.columns.flatMap((c) => c.tests), ...node.tests])
    byId.set(test.uniqueId, test);
  return [...byId.values()];
}

/** How a node's tests did in their latest run. */
export function summarizeTests(tests: readonly TestView[]): TestSummary {
  const summary: TestSummary = {
    total: tests.length,
    passed: 0,
    warned: 0,
    failed: 0,
    notRun: 0,
  };
  for (const test of tests) {
    const status = test.status === null ? null : toRunStatus(test.status);
    if (status === "pass" || status === "success") summary.passed += 1;
    else if (status === "warn") summary.warned += 1;
    else if (
      status === "fail" ||
      status === "error" ||
      status === "runtime error"
    )
      summary.failed += 1;
    else summary.notRun += 1;
  }
  return summary;
}

/** "12 tests: 10 pass, 1 warn, 1 fail" — only the parts that are not zero. */
export function describeTestSummary(summary: TestSummary): string {
  if (summary.total === 0) return "No tests";
  const parts = [
    summary.passed ? `${summary.passed} pass` : null,
    summary.warned ? `${summary.warned} warn` : null,
    summary.failed ? `${summary.failed} fail` : null,
    summary.notRun ? `${summary.notRun} not run` : null,
  ].filter(Boolean);
  return `${summary.total} ${summary.total === 1 ? "test" : "tests"}: ${parts.join(", ")}`;
}
