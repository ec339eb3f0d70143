import { describe, expect, test } from "vitest";
import { getLevelTitle, getNextLevel, toLevelTone } from "./levels";

const LEVELS = [
  { id: "bronze", title: "Bronze", description: "" },
  { id: "silver", title: "Silver", description: "" },
  { id: "gold", title: "Gold", description: "" },
];

describe("levels", () => {
  test.each([
    { level: "silver", levels: LEVELS, title: "Silver", tone: "silver" },
    { level: null, levels: LEVELS, title: "Below bronze", tone: "neutral" },
    { level: null, levels: [], title: "No level", tone: "neutral" },
    { level: "three_stars", levels: [], title: "Three stars", tone: "neutral" },
  ])("$level", ({ level, levels, title, tone }) => {
    expect(getLevelTitle(level, levels)).toBe(title);
    expect(toLevelTone(level)).toBe(tone);
  });

  test("the next level follows the policy's order", () => {
    expect(getNextLevel(null, LEVELS)?.id).toBe("bronze");
    expect(getNextLevel("bronze", LEVELS)?.id).toBe("silver");
    expect(getNextLevel("gold", LEVELS)).toBeNull();
    expect(getNextLevel("platinum", LEVELS)).toBeNull();
  });
});
