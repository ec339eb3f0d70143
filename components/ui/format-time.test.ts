import { describe, expect, test } from "vitest";
import {
  formatAbsoluteTime,
  formatCalendarDate,
  formatRelativeTime,
} from "./format-time";

const NOW = new Date("2026-11-21T12:00:00Z");
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe("formatRelativeTime", () => {
  test.each([
    [-10 * SECOND, "just now"],
    [30 * SECOND, "just now"],
    [-5 * MINUTE, "5 minutes ago"],
    [-1 * MINUTE, "1 minute ago"],
    [-3 * HOUR, "3 hours ago"],
    [2 * HOUR, "in 2 hours"],
    [-1 * DAY, "yesterday"],
    [-4 * DAY, "4 days ago"],
    [1 * DAY, "tomorrow"],
    [-60 * DAY, "2 months ago"],
    [90 * DAY, "in 3 months"],
    [-400 * DAY, "last year"],
    [-3 * 365 * DAY, "3 years ago"],
  ])("%i ms from now reads %s", (offset, expected) => {
    expect(formatRelativeTime(new Date(NOW.getTime() + offset), NOW)).toBe(
      expected,
    );
  });
});

describe("formatAbsoluteTime", () => {
  test("spells the instant in UTC whatever the server's time zone", () => {
    expect(formatAbsoluteTime(new Date("2026-11-21T08:22:00+02:00"))).toBe(
      "21 Nov 2026, 06:22 UTC",
    );
  });
});

test("a calendar date is the UTC day, whatever the time", () => {
  expect(formatCalendarDate("2027-01-20T00:00:00.000Z")).toBe("20 Jan 2027");
  expect(formatCalendarDate(new Date("2027-01-20T23:30:00Z"))).toBe(
    "20 Jan 2027",
  );
});
