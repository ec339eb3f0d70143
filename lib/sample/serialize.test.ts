import { describe, expect, test } from "vitest";
import { streamDbtJson, toDbtJson } from "./serialize";

describe("toDbtJson", () => {
  test.each([
    [
      "an object, Python separators",
      { a: 1, b: [true, null] },
      '{"a": 1, "b": [true, null]}',
    ],
    ["an empty object and list", { a: {}, b: [] }, '{"a": {}, "b": []}'],
    ["non-ASCII escaped", { name: "Zoë ✓" }, '{"name": "Zo\\u00eb \\u2713"}'],
    ["astral characters as surrogate pairs", "🚀", '"\\ud83d\\ude80"'],
    ["control characters", "a\nb\t\u0001", '"a\\nb\\t\\u0001"'],
    ["floats as written", { t: 1760141121.124907 }, '{"t": 1760141121.124907}'],
  ])("%s", (_label, value, expected) => {
    expect(toDbtJson(value)).toBe(expected);
  });

  test("rejects values JSON cannot hold", () => {
    expect(() => toDbtJson({ n: Number.NaN })).toThrow();
  });
});

describe("streamDbtJson", () => {
  test("yields the same bytes as toDbtJson, in pieces", () => {
    const value = {
      metadata: { a: "x" },
      nodes: { one: { b: [1, 2] }, two: { c: "é" } },
      list: [1],
    };
    const chunks = [...streamDbtJson(value)];
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.join("")).toBe(toDbtJson(value));
  });
});
