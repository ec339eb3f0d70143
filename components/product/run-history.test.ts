import { expect, test } from "vitest";
import { describePassedRuns } from "./run-history";

test.each([
  [0, 0, null],
  [1, 1, "passed in its only recorded run"],
  [0, 1, "did not pass in its only recorded run"],
  [28, 30, "passed in 28 of the last 30 runs"],
])("%i of %i: %s", (passed, runs, text) => {
  expect(describePassedRuns(passed, runs)).toBe(text);
});
