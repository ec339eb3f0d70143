import { expect, test } from "vitest";
import { classifyTestStatus, countTestOutcomes } from "./test-outcome";

test.each([
  ["pass", "passed"],
  ["success", "passed"],
  ["PASS", "passed"],
  ["warn", "warned"],
  ["fail", "failed"],
  ["error", "failed"],
  ["runtime error", "failed"],
  ["skipped", "not_run"],
  ["no-op", "not_run"],
  [null, "not_run"],
] as const)("%j is %s", (status, outcome) => {
  expect(classifyTestStatus(status)).toBe(outcome);
});

test("grouped rows are counted by their size", () => {
  expect(
    countTestOutcomes([
      { status: "pass", n: 3 },
      { status: "Warn", n: 1 },
      { status: "error", n: 2 },
      { status: null, n: 1 },
      { status: "skipped" },
    ]),
  ).toEqual({ total: 8, passed: 3, warned: 1, failed: 2, notRun: 2 });
});
