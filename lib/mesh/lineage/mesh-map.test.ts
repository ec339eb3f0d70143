import { describe, expect, test } from "vitest";
import { buildMeshMap } from "./mesh-map";
import { resolveOwner } from "./owner";

/*
 *            3 refs
 *  platform ◄────────► finance        (1 ref back: two edges, both two-way)
 *      │                  │
 *      └──► marketing ◄───┘
 *               │
 *               └──► data_science (never ingested; 1 unresolved ref)
 */
const MAP = buildMeshMap(
  [
    { name: "platform", models: 20, publicModels: 4 },
    { name: "finance", models: 12, publicModels: 3 },
    { name: "marketing", models: 15, publicModels: 2 },
    { name: "lonely", models: 1, publicModels: 0 },
  ],
  [
    { consumer: "finance", producer: "platform", refs: 3, unresolved: 0 },
    { consumer: "platform", producer: "finance", refs: 1, unresolved: 0 },
    { consumer: "marketing", producer: "platform", refs: 2, unresolved: 0 },
    { consumer: "marketing", producer: "finance", refs: 1, unresolved: 0 },
    { consumer: "marketing", producer: "data_science", refs: 1, unresolved: 1 },
    { consumer: "marketing", producer: "marketing", refs: 9, unresolved: 0 },
  ],
);

describe("buildMeshMap", () => {
  test("keeps the two directions of a two-way dependency as two edges", () => {
    const between = MAP.edges.filter(
      (e) =>
        [e.producer, e.consumer].includes("platform") &&
        [e.producer, e.consumer].includes("finance"),
    );
    expect(between).toEqual([
      {
        producer: "finance",
        consumer: "platform",
        refs: 1,
        unresolved: 0,
        isTwoWay: true,
      },
      {
        producer: "platform",
        consumer: "finance",
        refs: 3,
        unresolved: 0,
        isTwoWay: true,
      },
    ]);
    expect(
      MAP.edges.find(
        (e) => e.producer === "platform" && e.consumer === "marketing",
      )?.isTwoWay,
    ).toBe(false);
  });

  test("a never-ingested producer is an external project; a self-ref is no edge", () => {
    expect(MAP.projects.find((p) => p.name === "data_science")).toEqual({
      name: "data_science",
      models: null,
      publicModels: null,
      isExternal: true,
      producers: 0,
      consumers: 1,
    });
    expect(MAP.edges.some((e) => e.producer === e.consumer)).toBe(false);
    expect(MAP.edges).toHaveLength(5);
  });

  test("every project is a node, with how many it references and is referenced by", () => {
    expect(
      MAP.projects.map((p) => [p.name, p.models, p.producers, p.consumers]),
    ).toEqual([
      ["data_science", null, 0, 1],
      ["finance", 12, 1, 2],
      ["lonely", 1, 0, 0],
      ["marketing", 15, 3, 0],
      ["platform", 20, 1, 2],
    ]);
  });
});

describe("resolveOwner", () => {
  test.each([
    {
      name: "an exposure's owner comes first",
      facts: {
        exposureOwner: { name: "BI", email: "bi@x" },
        groupOwner: { name: "G", email: null },
      },
      expected: { name: "BI", email: "bi@x" },
    },
    {
      name: "then the group's owner",
      facts: { groupOwner: { name: "G", email: null }, metaOwner: "m@x" },
      expected: { name: "G", email: null },
    },
    {
      name: "then meta.owner as an email",
      facts: { metaOwner: "data@x.example" },
      expected: { name: null, email: "data@x.example" },
    },
    {
      name: "or as a name, first of a list",
      facts: { metaOwner: ["Team A", "Team B"] },
      expected: { name: "Team A", email: null },
    },
    {
      name: "an empty owner is no owner",
      facts: { exposureOwner: { name: "", email: null }, metaOwner: " " },
      expected: null,
    },
  ])("$name", ({ facts, expected }) => {
    expect(resolveOwner(facts)).toEqual(expected);
  });
});
