import { expect, test } from "vitest";
import { countFacets, type FacetedDocument } from "./facets";

const doc = (extra: Partial<FacetedDocument>): FacetedDocument => ({
  project: "p",
  resourceType: "model",
  access: null,
  level: null,
  owners: [],
  tags: [],
  materialized: null,
  ...extra,
});

test("countFacets counts each value once per document, most frequent first, missing values left out", () => {
  const facets = countFacets([
    doc({
      project: "b",
      access: "public",
      tags: ["pii", "pii", "core"],
      owners: ["Ana"],
    }),
    doc({
      project: "a",
      access: "public",
      tags: ["core"],
      materialized: "table",
    }),
    doc({ project: "a", resourceType: "source" }),
  ]);
  expect(facets.project).toEqual([
    { value: "a", count: 2 },
    { value: "b", count: 1 },
  ]);
  expect(facets.type).toEqual([
    { value: "model", count: 2 },
    { value: "source", count: 1 },
  ]);
  expect(facets.access).toEqual([{ value: "public", count: 2 }]);
  expect(facets.tag).toEqual([
    { value: "core", count: 2 },
    { value: "pii", count: 1 },
  ]);
  expect(facets.owner).toEqual([{ value: "Ana", count: 1 }]);
  expect(facets.level).toEqual([]);
  expect(facets.materialized).toEqual([{ value: "table", count: 1 }]);
});

test("the maturity facet lists levels in their order, least mature first, whatever their counts", () => {
  const facets = countFacets([
    doc({ level: "gold" }),
    doc({ level: "bronze" }),
    doc({ level: "gold" }),
    doc({ level: "silver" }),
    doc({ level: "gold" }),
    doc({ level: "platinum" }),
  ]);
  expect(facets.level.map((v) => v.value)).toEqual([
    "bronze",
    "silver",
    "gold",
    "platinum",
  ]);
});

test("documents of one group (a model's versions) count once per value", () => {
  const versions = [
    doc({ level: "gold", access: "public" }),
    doc({ level: "silver", access: "public" }),
    doc({ level: "gold", access: "public" }),
  ];
  const facets = countFacets(versions, (_doc, index) =>
    index < 2 ? "dim_customers" : "dim_orders",
  );
  expect(facets.access).toEqual([{ value: "public", count: 2 }]);
  expect(facets.level).toEqual([
    { value: "silver", count: 1 },
    { value: "gold", count: 2 },
  ]);
});
