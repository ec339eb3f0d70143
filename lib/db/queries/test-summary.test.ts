import { expect, test } from "vitest";
import type { ColumnView, TestView } from "@/lib/db/queries/nodes";
import {
  collectNodeTests,
  describeTestSummary,
  summarizeTests,
} from "./test-summary";

function testView(uniqueId: string, status: string | null): TestView {
  return {
    uniqueId,
    name: uniqueId,
    resourceType: "test",
    testName: "unique",
    columnName: null,
    severity: "error",
    status,
    failures: null,
    message: null,
    completedAt: null,
  };
}

function column(name: string, tests: TestView[]): ColumnView {
  return {
    name,
    description: "",
    dataType: null,
    catalogType: null,
    constraints: [],
    tags: [],
    meta: {},
    tests,
    lineage: null,
  };
}

test("a node's tests are counted once by result", () => {
  const tests = collectNodeTests({
    columns: [
      column("id", [testView("a", "pass"), testView("b", "PASS")]),
      column("status", [testView("c", "warn")]),
    ],
    tests: [
      testView("d", "fail"),
      testView("e", "error"),
      testView("f", null),
      testView("g", "skipped"),
      testView("a", "pass"),
    ],
  });
  const summary = summarizeTests(tests);
  expect(summary).toEqual({
    total: 7,
    passed: 2,
    warned: 1,
    failed: 2,
    notRun: 2,
  });
  expect(describeTestSummary(summary)).toBe(
    "7 tests: 2 pass, 1 warn, 2 fail, 2 not run",
  );
});

test("no tests says so", () => {
  expect(describeTestSummary(summarizeTests([]))).toBe("No tests");
  expect(describeTestSummary(summarizeTests([testView("a", "pass")]))).toBe(
    "1 test: 1 pass",
  );
});
