import { describe, expect, test } from "vitest";
import {
  formatAge,
  formatBytes,
  formatCompactCount,
  formatCount,
  formatDuration,
  formatPlural,
} from "./format-number";

describe("number formats", () => {
  test.each([
    [0, "0 B"],
    [812, "812 B"],
    [1536, "1.5 KB"],
    [11_856_954, "11.3 MB"],
    [250 * 1024 * 1024, "250 MB"],
    [3 * 1024 ** 4, "3.0 TB"],
  ])("formatBytes(%d) = %s", (bytes, expected) => {
    expect(formatBytes(bytes)).toBe(expected);
  });

  test.each([
    [0.82, "820 ms"],
    [5.51, "5.5 s"],
    [42, "42 s"],
    [125, "2 min 5 s"],
    [120, "2 min"],
  ])("formatDuration(%d) = %s", (seconds, expected) => {
    expect(formatDuration(seconds)).toBe(expected);
  });

  test("counts", () => {
    expect(formatCount(1_204_339)).toBe("1,204,339");
    expect(formatCompactCount(96_398)).toBe("96.4K");
    expect(formatPlural(1, "model")).toBe("1 model");
    expect(formatPlural(2, "model")).toBe("2 models");
    expect(formatPlural(3, "analysis", "analyses")).toBe("3 analyses");
  });
});

test.each([
  [12.4, "12 s"],
  [1560.7, "26 min"],
  [27300.3, "7 h 35 min"],
  [7200, "2 h"],
  [111600.9, "31 h"],
  [3 * 86400 + 100, "3 days"],
])("formatAge(%d) = %s", (seconds, expected) => {
  expect(formatAge(seconds)).toBe(expected);
});
