import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { closeDb } from "@/lib/db/client";
import { useTestDatabase } from "@/tests/db";
import { readFixtureDir, REAL_FIXTURES } from "@/tests/fixtures";
import { ingest } from "@/tests/ingest";
import { browseFolder, browseRelations } from "./project-browse";

// The real tuva project; expectations are read from its manifest.
type ManifestNode = {
  resource_type: string;
  name: string;
  original_file_path?: string;
  database?: string | null;
  schema?: string | null;
  config?: { materialized?: string };
};
const manifest = JSON.parse(
  fs.readFileSync(path.join(REAL_FIXTURES, "tuva/manifest.json"), "utf8"),
) as {
  nodes: Record<string, ManifestNode>;
  sources: Record<string, ManifestNode>;
};
const all = [
  ...Object.values(manifest.nodes),
  ...Object.values(manifest.sources),
];
const folderOf = (n: ManifestNode) =>
  (n.original_file_path ?? "").replace(/\/[^/]*$/, "");
const PROJECT = "input_layer";

beforeAll(async () => {
  await useTestDatabase();
  await ingest(readFixtureDir("tuva"));
});
afterAll(closeDb);

test("one folder level: its subfolders with the nodes under each, and its own files' nodes", async () => {
  const level = await browseFolder(PROJECT, "models/data_quality");
  if (!level) throw new Error("no project");
  const under = all.filter((n) =>
    folderOf(n).startsWith("models/data_quality/"),
  );
  const expected = new Map<string, number>();
  for (const n of under) {
    const child =
      folderOf(n).slice("models/data_quality/".length).split("/")[0] ?? "";
    expected.set(child, (expected.get(child) ?? 0) + 1);
  }
  expect(level.children).toEqual(
    [...expected]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([name, count]) => ({ name, count })),
  );
  expect(level.nodes.map((n) => n.name).sort()).toEqual(
    all
      .filter((n) => folderOf(n) === "models/data_quality")
      .map((n) => n.name)
      .sort(),
  );
  expect(level.total).toBe(
    under.length +
      all.filter((n) => folderOf(n) === "models/data_quality").length,
  );
});

test("the top of the folder tree counts every node with a file", async () => {
  const top = await browseFolder(PROJECT, "");
  if (!top) throw new Error("no project");
  expect(top.total).toBe(all.filter((n) => n.original_file_path).length);
  expect(top.children.map((c) => c.name)).toContain("models");
});

test("by database and schema: each schema's relations", async () => {
  const databases = await browseRelations(PROJECT, null, null);
  expect(databases?.children.length).toBeGreaterThan(0);
  const database = databases?.children[0]?.name ?? "";
  const schemas = await browseRelations(PROJECT, database, null);
  const schema = schemas?.children[0];
  if (!schema) throw new Error("no schema");
  const relations = await browseRelations(PROJECT, database, schema.name);
  expect(relations?.nodes).toHaveLength(schema.count);
  expect(relations?.total).toBe(schema.count);
  expect(await browseFolder("nowhere", "")).toBeNull();
});
