import { describe, expect, test } from "vitest";
import type { ProjectDependency } from "@/lib/db/queries/dependencies";
import type { MeshOverview, ProjectSummary } from "@/lib/db/queries/projects";
import { describeDependencies, summarizeMesh } from "./mesh-summary";

function dependency(
  consumer: string,
  producer: string,
  refs: number,
  unresolved = 0,
): ProjectDependency {
  return {
    consumer,
    producer,
    refs,
    unresolved,
    isProducerIngested: unresolved === 0,
  };
}

const LEVELS = [
  { id: "bronze", title: "Bronze", description: "" },
  { id: "silver", title: "Silver", description: "" },
];

function project(
  name: string,
  models: number,
  publicModels: number,
  levels: [bronze: number, silver: number, below: number] = [0, 0, 0],
): ProjectSummary {
  const [bronze, silver, below] = levels;
  return {
    name,
    dbtVersion: "1.10.0",
    adapterType: "snowflake",
    schemaVersion: 12,
    generatedAt: null,
    ingestedAt: "2026-01-01T00:00:00.000Z",
    counts: models === 0 ? { seed: 1 } : { model: models, test: 3 },
    publicModels,
    products: {
      total: bronze + silver + below,
      byLevel: [
        { level: "bronze", count: bronze },
        { level: "silver", count: silver },
        { level: null, count: below },
      ],
      levels: LEVELS,
    },
    upstream: [],
    downstream: [],
  };
}

//   platform ⇄ finance      marketing → platform, finance, data_science (external)
const DEPENDENCIES = [
  dependency("finance", "platform", 4),
  dependency("marketing", "data_science", 1, 1),
  dependency("marketing", "platform", 3),
  dependency("platform", "finance", 1),
];

test("the mesh's totals add up its projects and refs", () => {
  const mesh: MeshOverview = {
    projects: [
      project("finance", 10, 3, [1, 1, 1]),
      project("platform", 12, 5, [2, 3, 0]),
      project("seeds_only", 0, 0),
    ],
    dependencies: DEPENDENCIES,
    externalProjects: ["data_science"],
  };
  expect(summarizeMesh(mesh)).toEqual({
    projects: 3,
    models: 22,
    dataProducts: 8,
    productLevels: [
      { level: "bronze", count: 3 },
      { level: "silver", count: 4 },
      { level: null, count: 1 },
    ],
    levels: LEVELS,
    crossProjectRefs: 9,
    unresolvedRefs: 1,
    externalProjects: 1,
  });
});

describe("describeDependencies", () => {
  test("marks the pairs that depend on each other both ways", () => {
    const rows = describeDependencies(DEPENDENCIES);
    expect(rows.map((r) => [r.consumer, r.producer, r.isTwoWay])).toEqual([
      ["finance", "platform", true],
      ["marketing", "data_science", false],
      ["marketing", "platform", false],
      ["platform", "finance", true],
    ]);
  });

  test("a project named with a dot or arrow is not confused with a pair", () => {
    const rows = describeDependencies([
      dependency("a", "b,c", 1),
      dependency("b", "a,c", 1),
    ]);
    expect(rows.every((r) => !r.isTwoWay)).toBe(true);
  });
});
