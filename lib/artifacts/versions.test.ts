import { describe, expect, test } from "vitest";
import { compareVersions } from "./versions";

describe("compareVersions follows dbt's order of model versions", () => {
  test.each([
    // numbers compare as numbers, not as text
    ["2", "10", -1],
    ["10", "2", 1],
    ["2", "2", 0],
    ["02", "2", 0],
    // a dotted version is a decimal number to dbt: 1.10 is 1.1
    ["1.10", "1.9", -1],
    ["1.9", "1.10", 1],
    ["1.10", "1.1", 0],
    ["1.5", "1.10", 1],
    [" 3 ", "3", 0],
    ["1e1", "9", 1],
    // prerelease-ish: one side is not a number, so both compare as text
    ["2", "2-beta", -1],
    ["2-beta", "2", 1],
    ["2rc1", "10", 1],
    ["10", "2rc1", -1],
    // words compare by code point, as Python does (uppercase first)
    ["beta", "alpha", 1],
    ["Beta", "alpha", -1],
    ["", "1", -1],
    // not a number to Python's float(): compared as text
    ["0x10", "9", -1],
  ])("%j vs %j → %i", (a, b, sign) => {
    expect(Math.sign(compareVersions(a, b))).toBe(sign);
    expect(Math.sign(compareVersions(b, a))).toBe(-sign || 0);
  });

  test("sorts a model's versions as dbt picks its latest", () => {
    expect(["10", "1.9", "2", "1.10"].sort(compareVersions)).toEqual([
      "1.10",
      "1.9",
      "2",
      "10",
    ]);
  });
});
