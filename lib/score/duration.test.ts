import { describe, expect, test } from "vitest";
import {
  formatSeconds,
  parseDurationSeconds,
  readPeriodSeconds,
} from "./duration";

describe("parseDurationSeconds", () => {
  test.each([
    ["24h", 86_400],
    ["2 days", 172_800],
    ["90 minutes", 5_400],
    ["1.5 hours", 5_400],
    ["daily by 06:00 UTC", 86_400],
    ["hourly", 3_600],
    ["Weekly on Mondays", 604_800],
    [12, 43_200],
    [{ count: 4, period: "hour" }, 14_400],
    ["business critical", null],
    ["", null],
    [null, null],
    [0, null],
  ])("%j", (value, seconds) => {
    expect(parseDurationSeconds(value)).toBe(seconds);
  });
});

describe("readPeriodSeconds", () => {
  test.each([
    [{ count: 12, period: "hour" }, 43_200],
    [{ count: 1, period: "day" }, 86_400],
    [{ count: null, period: "hour" }, null],
    [{ count: 3, period: "fortnight" }, null],
    [null, null],
  ])("%j", (value, seconds) => {
    expect(readPeriodSeconds(value)).toBe(seconds);
  });
});

describe("formatSeconds", () => {
  test.each([
    [3_600, "1 hour"],
    [5_400, "90 minutes"],
    [129_600, "36 hours"],
    [172_800, "2 days"],
    [86_400, "1 day"],
    [60, "1 minute"],
    [42, "42 seconds"],
    [1_209_600, "2 weeks"],
  ])("%d", (seconds, text) => {
    expect(formatSeconds(seconds)).toBe(text);
  });
});
