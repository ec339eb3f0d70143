import { expect, test } from "vitest";
import { orderResourceCounts } from "./resource-counts";

test("counts come in the catalog's order, empty ones left out", () => {
  expect(
    orderResourceCounts({ test: 39, seed: 1, model: 12, metric: 0, source: 4 }),
  ).toEqual([
    { type: "model", count: 12, storedTypes: ["model"] },
    { type: "seed", count: 1, storedTypes: ["seed"] },
    { type: "source", count: 4, storedTypes: ["source"] },
    { type: "test", count: 39, storedTypes: ["test"] },
  ]);
});

test("types the catalog does not know are counted together as other", () => {
  expect(
    orderResourceCounts({ function: 2, macro_thing: 3, model: 1 }),
  ).toEqual([
    { type: "model", count: 1, storedTypes: ["model"] },
    { type: "unknown", count: 5, storedTypes: ["function", "macro_thing"] },
  ]);
});
