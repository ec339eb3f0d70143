import { expect, test } from "vitest";
import { formatChartRange, formatSeriesRange } from "./chart-dates";

test.each([
  {
    first: "2026-11-01T06:00:00Z",
    last: "2026-11-21T09:30:00Z",
    expected: { start: "1 Nov 2026", end: "21 Nov 2026" },
  },
  {
    first: "2026-11-21T06:00:00Z",
    last: "2026-11-21T09:30:00Z",
    expected: {
      start: "21 Nov 2026, 06:00 UTC",
      end: "21 Nov 2026, 09:30 UTC",
    },
  },
  {
    first: "2026-11-21T06:00:00Z",
    last: "2026-11-21T06:00:00Z",
    expected: { start: "21 Nov 2026", end: "21 Nov 2026" },
  },
])("$first → $last", ({ first, last, expected }) => {
  expect(formatChartRange(first, last)).toEqual(expected);
});

test("a series reads from its first and last point; an empty one has no range", () => {
  expect(
    formatSeriesRange([
      { recordedAt: "2026-11-01T06:00:00Z" },
      { recordedAt: "2026-11-10T06:00:00Z" },
      { recordedAt: "2026-11-21T09:30:00Z" },
    ]),
  ).toEqual({ start: "1 Nov 2026", end: "21 Nov 2026" });
  expect(formatSeriesRange([])).toBeNull();
});
