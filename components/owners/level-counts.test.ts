import { expect, test } from "vitest";
import { countByLevel, mergeLevels } from "./level-counts";

const BRONZE = { id: "bronze", title: "Bronze", description: "" };
const SILVER = { id: "silver", title: "Silver", description: "" };

test("countByLevel counts every level, unknown ones after the policy's, then those below", () => {
  expect(
    countByLevel(
      [
        { level: "silver" },
        { level: null },
        { level: "platinum" },
        { level: "silver" },
      ],
      [BRONZE, SILVER],
    ),
  ).toEqual([
    { level: "bronze", count: 0 },
    { level: "silver", count: 2 },
    { level: "platinum", count: 1 },
    { level: null, count: 1 },
  ]);
});

test("mergeLevels keeps each level once, in first-seen order", () => {
  expect(
    mergeLevels({ a: [BRONZE, SILVER], b: [BRONZE], c: [] }).map((l) => l.id),
  ).toEqual(["bronze", "silver"]);
});
