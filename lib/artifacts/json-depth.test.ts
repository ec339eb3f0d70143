import { describe, expect, test } from "vitest";
import { parseJson } from "./json";
import { findExcessiveNesting, MAX_JSON_DEPTH } from "./json-depth";

const nest = (levels: number) => "[".repeat(levels) + "]".repeat(levels);

describe("findExcessiveNesting", () => {
  test.each([
    ["a scalar", "1", 2, -1],
    ["flat", '{"a":1,"b":[1,2]}', 2, -1],
    ["exactly at the limit", nest(3), 3, -1],
    ["one past the limit, at the opening bracket", nest(4), 3, 3],
    ["brackets inside strings do not count", '["[[[[{{{{"]', 2, -1],
    ["an escaped quote does not end the string", '["\\"[[[["]', 2, -1],
    ["an escaped backslash before a quote does", '["\\\\",[[[1]]]]', 2, 7],
    ["siblings do not add up", "[[1],[2],[3]]", 2, -1],
  ])("%s", (_name, text, limit, expected) => {
    expect(findExcessiveNesting(text, limit)).toBe(expected);
  });
});

test("an artifact nested 10,000 levels deep is refused where it goes too deep", () => {
  const text = `{"nodes":{"m":{"meta":${'{"a":'.repeat(10_000)}1${"}".repeat(10_000)}}}}`;
  expect(() => parseJson("manifest.json", text)).toThrow(
    `manifest.json: nests objects and arrays more than ${MAX_JSON_DEPTH} levels deep (at byte ${'{"nodes":{"m":{"meta":'.length + (MAX_JSON_DEPTH - 3) * 5})`,
  );
});
