import { describe, expect, test } from "vitest";
import { MAX_QUERY_WORDS, mergeFilters, parseSearchQuery } from "./query";

describe("parseSearchQuery", () => {
  test.each([
    { raw: "customers", text: "customers", filters: {} },
    {
      raw: "type:source project:finance charges",
      text: "charges",
      filters: { type: ["source"], project: ["finance"] },
    },
    {
      raw: 'owner:"Finance Analytics" revenue',
      text: "revenue",
      filters: { owner: ["Finance Analytics"] },
    },
    {
      raw: "mat:table tag:pii tag:core",
      text: "",
      filters: { materialized: ["table"], tag: ["pii", "core"] },
    },
    { raw: "schema:raw orders", text: "schema:raw orders", filters: {} },
    { raw: "Access:PUBLIC x", text: "x", filters: { access: ["PUBLIC"] } },
  ])("$raw", ({ raw, text, filters }) => {
    const parsed = parseSearchQuery(raw);
    expect(parsed.text).toBe(text);
    expect(parsed.filters).toEqual(filters);
  });

  test("words are lower-cased letters and digits; punctuation separates them", () => {
    expect(parseSearchQuery("Stg_Orders, v2 (daily)!").words).toEqual([
      "stg",
      "orders",
      "v2",
      "daily",
    ]);
  });
});

test("a query of many words searches its first distinct ones only", () => {
  const words = Array.from({ length: 27 }, (_, i) => `w${i}`);
  const parsed = parseSearchQuery(["w0", ...words].join(" "));
  expect(parsed.words).toEqual(words.slice(0, MAX_QUERY_WORDS));
});

test("mergeFilters combines values per facet without repeats", () => {
  expect(
    mergeFilters({ project: ["a"], type: ["model"] }, { project: ["a", "b"] }),
  ).toEqual({ project: ["a", "b"], type: ["model"] });
});
