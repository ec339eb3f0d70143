import { isPassingStatus } from "@/lib/score/statuses";
import type { NodeDetail, TestView } from "./nodes";

export type TestCounts = {
  total: number;
  passed: number;
  warned: number;
  /** Failed or errored. */
  failed: number;
  /** Skipped, or without a result in the last run. */
  notRun: number;
};

/** A node's tests counted the same way. */
export type TestSummary = TestCounts;

const FAILING = new Set(["fail", "error", "runtime error"]);

/** Sums test results by status into pass / warn / fail / not run. */
export function countTestStatuses(
  rows: readonly { status: string | null; n: number }[],
): TestCounts {
  const counts: TestCounts = {
    total: 0,
    passed: 0,
    warned: 0,
    failed: 0,
    notRun: 0,
  };
  for (const { status, n } of rows) {
    const key = status?.trim().toLowerCase() ?? "";
    counts.total += n;
    if (isPassingStatus(key)) counts.passed += n;
    else if (key === "warn") counts.warned += n;
    else if (FAILING.has(key)) counts.failed += n;
    else counts.notRun += n;
  }
  return counts;
}

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
  return countTestStatuses(tests.map((t) => ({ status: t.status, n: 1 })));
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
