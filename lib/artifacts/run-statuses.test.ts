import { describe, expect, test } from "vitest";
import {
  classifyRunStatus,
  countOutcomes,
  FAILING_STATUSES,
  isPassingStatus,
  PASSING_STATUSES,
  toRunStatus,
  WARNING_STATUSES,
} from "./run-statuses";

describe("run statuses", () => {
  test("sets are derived from the one switch", () => {
    expect(PASSING_STATUSES).toEqual(["pass", "success"]);
    expect(WARNING_STATUSES).toEqual(["warn", "partial success"]);
    expect(FAILING_STATUSES).toEqual(["fail", "error", "runtime error"]);
  });

  test.each([
    ["pass", "passed"],
    ["success", "passed"],
    [" PASS ", "passed"],
    ["warn", "warned"],
    ["fail", "failed"],
    ["error", "failed"],
    ["runtime error", "failed"],
    ["skipped", "notRun"],
    ["reused", "notRun"],
    ["exploded", "notRun"],
    [null, "notRun"],
  ])("%j → %s", (status, outcome) => {
    expect(classifyRunStatus(status)).toBe(outcome);
    expect(isPassingStatus(status)).toBe(outcome === "passed");
  });

  test("toRunStatus trims and lowercases, and refuses what dbt never writes", () => {
    expect(toRunStatus(" Runtime Error ")).toBe("runtime error");
    expect(toRunStatus("toString")).toBeNull();
  });

  test("countOutcomes sums rows of n results, one each when n is absent", () => {
    expect(
      countOutcomes([
        { status: "pass", n: 3 },
        { status: "warn", n: 1 },
        { status: "error", n: 2 },
        { status: null, n: 4 },
        { status: "success" },
      ]),
    ).toEqual({ total: 11, passed: 4, warned: 1, failed: 2, notRun: 4 });
  });
});
