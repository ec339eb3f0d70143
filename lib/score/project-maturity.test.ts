import { describe, expect, test } from "vitest";
import type { PolicyLevel } from "./policy-types";
import {
  computeAverageScore,
  summarizeProjectMaturity,
} from "./project-maturity";

const LEVELS: PolicyLevel[] = ["bronze", "silver", "gold"].map((id) => ({
  id,
  title: id[0]?.toUpperCase() + id.slice(1),
  description: "",
}));

describe("summarizeProjectMaturity", () => {
  test.each([
    {
      name: "all gold",
      tallies: [{ level: "gold", count: 3, scoreSum: 285 }],
      expected: { products: 3, averageScore: 95, level: "gold" },
    },
    {
      name: "one bronze, one gold: silver on average",
      tallies: [
        { level: "bronze", count: 1, scoreSum: 40 },
        { level: "gold", count: 1, scoreSum: 90 },
      ],
      expected: { products: 2, averageScore: 65, level: "silver" },
    },
    {
      name: "mostly below the first level",
      tallies: [
        { level: null, count: 3, scoreSum: 60 },
        { level: "bronze", count: 1, scoreSum: 45 },
      ],
      expected: { products: 4, averageScore: 26, level: null },
    },
    {
      name: "half a rank rounds up",
      tallies: [
        { level: "bronze", count: 1, scoreSum: 40 },
        { level: "silver", count: 1, scoreSum: 60 },
      ],
      expected: { products: 2, averageScore: 50, level: "silver" },
    },
    {
      name: "a level the policy dropped counts as below the first",
      tallies: [{ level: "platinum", count: 2, scoreSum: 200 }],
      expected: { products: 2, averageScore: 100, level: null },
    },
  ])("$name", ({ tallies, expected }) => {
    const summary = summarizeProjectMaturity(LEVELS, tallies);
    expect({ ...summary, level: summary?.level?.id ?? null }).toEqual(expected);
  });

  test("no scored products: no maturity", () => {
    expect(summarizeProjectMaturity(LEVELS, [])).toBeNull();
  });
});

describe("computeAverageScore", () => {
  test.each([
    { tallies: [], average: 0 },
    { tallies: [{ count: 2, scoreSum: 177 }], average: 89 },
    // 88.5 per product rounds up, whichever way the products are grouped.
    {
      tallies: [
        { count: 1, scoreSum: 100 },
        { count: 1, scoreSum: 77 },
      ],
      average: 89,
    },
  ])("$tallies: $average", ({ tallies, average }) => {
    expect(computeAverageScore(tallies)).toBe(average);
  });
});
