import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { closeDb } from "@/lib/db/client";
import { useTestDatabase } from "@/tests/db";
import { readFixtureDir, REAL_FIXTURES } from "@/tests/fixtures";
import { ingest } from "@/tests/ingest";
import {
  listProjectNodes,
  NO_FILTER,
  readNodeListFacets,
  type NodeListFilter,
} from "./project-nodes";
import { readSnapshot } from "./read";

// The real tuva project: 307 models (12 of its own, 295 of the Tuva package
// it installs) in 46 folders. Expectations are read from its manifest.
type ManifestModel = {
  resource_type: string;
  name: string;
  original_file_path: string;
  tags: string[];
  description: string;
  config: { materialized: string };
};
const models = Object.values(
  (
    JSON.parse(
      fs.readFileSync(path.join(REAL_FIXTURES, "tuva/manifest.json"), "utf8"),
    ) as { nodes: Record<string, ManifestModel> }
  ).nodes,
).filter((n) => n.resource_type === "model");
const folderOf = (n: ManifestModel) =>
  n.original_file_path.replace(/\/[^/]*$/, "");

const PROJECT = "input_layer";

async function list(
  filter: Partial<NodeListFilter>,
  sort?: "name" | "grouped",
) {
  return listProjectNodes(PROJECT, {
    resourceType: "model",
    page: 1,
    pageSize: 400,
    filter: { ...NO_FILTER, ...filter },
    sort,
  });
}

beforeAll(async () => {
  await useTestDatabase();
  await ingest(readFixtureDir("tuva"));
});
afterAll(closeDb);

test("each filter keeps exactly the models the manifest says, and the total counts them", async () => {
  const cases: [Partial<NodeListFilter>, (n: ManifestModel) => boolean][] = [
    [{}, () => true],
    [
      { folder: "models/data_quality" },
      (n) => folderOf(n).startsWith("models/data_quality"),
    ],
    [{ tag: "readmissions" }, (n) => n.tags.includes("readmissions")],
    [
      { materialized: "ephemeral" },
      (n) => n.config.materialized === "ephemeral",
    ],
    [
      { text: "PATIENT" },
      (n) =>
        n.name.toLowerCase().includes("patient") ||
        n.description.toLowerCase().includes("patient"),
    ],
    [
      { tag: "claims_preprocessing", materialized: "table" },
      (n) =>
        n.tags.includes("claims_preprocessing") &&
        n.config.materialized === "table",
    ],
  ];
  for (const [filter, keeps] of cases) {
    const page = await list(filter);
    const expected = models
      .filter(keeps)
      .map((n) => n.name)
      .sort();
    expect(
      page.items.map((i) => i.name).sort(),
      JSON.stringify(filter),
    ).toEqual(expected);
    expect(page.total).toBe(expected.length);
  }
});

test("a folder filter keeps the folder and those under it, not a folder that merely starts alike", async () => {
  const page = await list({ folder: "models/core" });
  expect(
    page.items.every(
      (i) => i.folder === "models/core" || i.folder.startsWith("models/core/"),
    ),
  ).toBe(true);
  expect(page.total).toBe(
    models.filter(
      (n) =>
        folderOf(n) === "models/core" || folderOf(n).startsWith("models/core/"),
    ).length,
  );
});

test("sorted by name, the list is in name order; paging narrows it", async () => {
  const page = await list({}, "name");
  const names = page.items.map((i) => i.name);
  expect(names).toEqual(
    [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  const second = await listProjectNodes(PROJECT, {
    resourceType: "model",
    page: 2,
    pageSize: 25,
    filter: NO_FILTER,
    sort: "name",
  });
  expect(second.items.map((i) => i.name)).toEqual(names.slice(25, 50));
});

test("the facets list every folder, tag and materialization of the project's models, once", async () => {
  const facets = await readSnapshot((db) =>
    readNodeListFacets(db, PROJECT, "model"),
  );
  const distinct = (values: string[]) => [...new Set(values)].sort();
  expect(facets.folders).toEqual(distinct(models.map(folderOf)));
  expect(facets.tags).toEqual(distinct(models.flatMap((n) => n.tags)));
  expect(facets.materialized).toEqual(
    distinct(models.map((n) => n.config.materialized)),
  );
});
