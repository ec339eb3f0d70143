import { expect, test } from "vitest";
import { buildSearchHref, toggleFacetValue } from "./search-url";

test("buildSearchHref keeps facets in a stable order and leaves out the first page", () => {
  expect(
    buildSearchHref({
      q: " orders ",
      filters: { type: ["model"], project: ["finance", "platform"] },
      page: 1,
    }),
  ).toBe("/search?q=orders&project=finance&project=platform&type=model");
  expect(buildSearchHref({ q: "", filters: {}, page: 3 })).toBe(
    "/search?page=3",
  );
});

test("toggleFacetValue adds and removes a value and goes back to page one", () => {
  const state = { q: "x", filters: { project: ["a"] }, page: 4 };
  expect(toggleFacetValue(state, "project", "b")).toEqual({
    q: "x",
    filters: { project: ["a", "b"] },
    page: 1,
  });
  expect(toggleFacetValue(state, "project", "a")).toEqual({
    q: "x",
    filters: {},
    page: 1,
  });
});
