import {
  countTestOutcomes,
  type TestCounts,
} from "@/lib/artifacts/test-outcome";
import type { NodeDetail, TestView } from "@/lib/db/queries/nodes";

/** How a node's tests did in their latest run. */
export type TestSummary = TestCounts;

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
  return countTestOutcomes(tests);
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
