import { describe, expect, test } from "vitest";
import { buildExcerpt, findWordRanges, mergeRanges } from "./highlight";

const marked = (text: string, ranges: { start: number; end: number }[]) =>
  ranges.map((r) => text.slice(r.start, r.end));

describe("findWordRanges", () => {
  test.each([
    { text: "One row per customer", words: ["cust"], expected: ["cust"] },
    {
      text: "Customers and their orders",
      words: ["customer"],
      expected: ["Customer"],
    },
    {
      text: "one row per customer",
      words: ["customers"],
      expected: ["customer"],
    },
    {
      text: "customer_id and customer_name",
      words: ["customer"],
      expected: ["customer", "customer"],
    },
    { text: "accustomed to it", words: ["custom"], expected: [] },
    {
      text: "Ordered orders",
      words: ["order", "ord"],
      expected: ["Order", "order"],
    },
    { text: "nothing here", words: [], expected: [] },
  ])("$words in “$text”", ({ text, words, expected }) => {
    expect(marked(text, findWordRanges(text, words))).toEqual(expected);
  });
});

describe("mergeRanges", () => {
  test("sorts and joins overlapping or touching ranges, drops empty ones", () => {
    expect(
      mergeRanges([
        { start: 8, end: 10 },
        { start: 0, end: 3 },
        { start: 2, end: 5 },
        { start: 5, end: 6 },
        { start: 7, end: 7 },
      ]),
    ).toEqual([
      { start: 0, end: 6 },
      { start: 8, end: 10 },
    ]);
  });
});

describe("buildExcerpt", () => {
  test("a short text is kept whole", () => {
    expect(buildExcerpt("short text", [{ start: 0, end: 5 }], 50)).toEqual({
      text: "short text",
      ranges: [{ start: 0, end: 5 }],
    });
  });

  test("a long text is cut around the first match, with ellipses and shifted ranges", () => {
    const text = `${"lorem ipsum ".repeat(20)}the revenue line ${"dolor sit ".repeat(20)}`;
    const ranges = findWordRanges(text, ["revenue"]);
    const excerpt = buildExcerpt(text, ranges, 80);
    expect(excerpt.text.startsWith("…")).toBe(true);
    expect(excerpt.text.endsWith("…")).toBe(true);
    expect(excerpt.text.length).toBeLessThanOrEqual(82);
    expect(marked(excerpt.text, excerpt.ranges)).toEqual(["revenue"]);
  });

  test("without a match, the start of the text", () => {
    const text = "word ".repeat(100);
    const excerpt = buildExcerpt(text, [], 40);
    expect(excerpt.text.startsWith("word")).toBe(true);
    expect(excerpt.text.endsWith("…")).toBe(true);
    expect(excerpt.ranges).toEqual([]);
  });
});
