import { describe, expect, test } from "vitest";
import {
  formatMidnightOffset,
  formatOffset,
  formatSnowflakeModified,
  formatZulu,
  toEpochSeconds,
} from "./time";

const AT = Date.UTC(2026, 10, 1, 6, 0, 0) + 123.456;

describe("dbt timestamp formats", () => {
  test.each([
    ["generated_at", formatZulu(AT), "2026-11-01T06:00:00.123456Z"],
    [
      "freshness and invocation start",
      formatOffset(AT),
      "2026-11-01T06:00:00.123456+00:00",
    ],
    [
      "a whole second, like Python's isoformat",
      formatOffset(Date.UTC(2026, 10, 1)),
      "2026-11-01T00:00:00+00:00",
    ],
    ["deprecation_date", formatMidnightOffset(AT), "2026-11-01T00:00:00+00:00"],
    [
      "Snowflake's last_modified",
      formatSnowflakeModified(AT),
      "2026-11-01 06:00UTC",
    ],
  ])("%s", (_label, actual, expected) => {
    expect(actual).toBe(expected);
  });

  test("created_at is epoch seconds with microseconds", () => {
    expect(toEpochSeconds(AT)).toBe(1793512800.123456);
  });
});
