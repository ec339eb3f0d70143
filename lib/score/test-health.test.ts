import { expect, test } from "vitest";
import { judgeTestHealth } from "./test-health";

const counts = (passed: number, warned = 0, failed = 0, notRun = 0) => ({
  total: passed + warned + failed + notRun,
  passed,
  warned,
  failed,
  notRun,
});

test.each([
  { counts: counts(0), state: "untested", label: "No tests" },
  { counts: counts(4), state: "passing", label: "All passing" },
  { counts: counts(3, 1), state: "warning", label: "1 warning" },
  { counts: counts(3, 2, 1), state: "failing", label: "1 failing" },
  { counts: counts(3, 0, 0, 2), state: "not_run", label: "2 not run" },
  { counts: counts(0, 2, 0, 2), state: "warning", label: "2 warnings" },
])("$label", ({ counts, state, label }) => {
  expect(judgeTestHealth(counts)).toEqual({ state, label });
});
