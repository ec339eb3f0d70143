import { describe, expect, test } from "vitest";
import { findCronProblem, nextRunAfter } from "./schedule";

describe("nextRunAfter", () => {
  test.each([
    ["*/15 * * * *", "2026-12-03T10:07:00Z", "2026-12-03T10:15:00.000Z"],
    ["*/15 * * * *", "2026-12-03T10:15:00Z", "2026-12-03T10:30:00.000Z"],
    ["0 * * * *", "2026-12-03T10:59:59Z", "2026-12-03T11:00:00.000Z"],
    ["30 2 * * 1", "2026-12-03T10:00:00Z", "2026-12-07T02:30:00.000Z"],
  ])("%s after %s is %s (UTC)", (cron, after, expected) => {
    expect(nextRunAfter(cron, new Date(after)).toISOString()).toBe(expected);
  });
});

describe("findCronProblem", () => {
  test.each([
    ["0 * * * *", null],
    ["61 * * * *", "Constraint error, got value 61 expected range 0-59"],
  ])("%s", (cron, problem) => {
    expect(findCronProblem(cron)).toBe(problem);
  });
});
