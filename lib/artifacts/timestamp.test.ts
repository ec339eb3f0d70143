import { describe, expect, test } from "vitest";
import { toTimestamp } from "./timestamp";

describe("toTimestamp", () => {
  test.each([
    {
      input: "2026-08-20T13:47:12.141118735Z",
      expected: "2026-08-20T13:47:12.141Z",
    },
    {
      input: "2025-05-02T20:37:34.950905+00:00",
      expected: "2025-05-02T20:37:34.950Z",
    },
    { input: "2024-06-01", expected: "2024-06-01T00:00:00.000Z" },
    {
      input: "2024-06-01T10:00:00+02:00",
      expected: "2024-06-01T08:00:00.000Z",
    },
    { input: "not a date", expected: null },
    { input: "+275760-09-13T00:00:00Z", expected: null },
    { input: "", expected: null },
    { input: null, expected: null },
  ])("$input → $expected", ({ input, expected }) => {
    expect(toTimestamp(input)).toBe(expected);
  });
});
