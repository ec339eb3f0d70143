import { expect, test } from "vitest";
import { readTestSeverity } from "./test-severity";

test.each([
  ["warn", "warn"],
  ["WARN", "warn"],
  [" Warn ", "warn"],
  ["error", "error"],
  ["ERROR", "error"],
  [null, "error"],
  [undefined, "error"],
  ['"><img src=x onerror="window.__xss=1">', "error"],
] as const)("severity %j is %s", (raw, severity) => {
  expect(readTestSeverity(raw)).toBe(severity);
});
