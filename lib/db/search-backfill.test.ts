import fs from "node:fs/promises";
import { afterAll, beforeAll, expect, test } from "vitest";
import { ingestSampleMesh } from "@/lib/ingest/ingest-sample";
import { parseSearchQuery } from "@/lib/search/query";
import { useTestDatabase } from "@/tests/db";
import { closeDb, getPool } from "./client";
import { searchNodes } from "./queries/search";

const MIGRATION =
  "prisma/migrations/20261121120000_search_documents/migration.sql";

const search = (raw: string) => {
  const parsed = parseSearchQuery(raw);
  return searchNodes({ ...parsed, limit: 20, offset: 0 });
};

beforeAll(async () => {
  await useTestDatabase();
  await ingestSampleMesh({ maxArtifactBytes: 64 * 1024 * 1024 });
  // As if the projects had been ingested before search existed.
  await getPool().query("DROP TABLE search_documents, search_words");
  await getPool().query(await fs.readFile(MIGRATION, "utf8"));
});
afterAll(closeDb);

test("the migration gives projects ingested before it a search document per node", async () => {
  const { rows } = await getPool().query<{ nodes: string; documents: string }>(
    "SELECT (SELECT count(*) FROM nodes) AS nodes, (SELECT count(*) FROM search_documents) AS documents",
  );
  expect(rows[0]?.documents).toBe(rows[0]?.nodes);
});

test.each([
  ["dim_customers", "dim_customers", "exact"],
  ["custmers", "dim_customers", "fuzzy"],
  ["alpha", "dim_customers", "column"],
])("after the backfill, %s finds %s (%s)", async (query, name, tier) => {
  const result = await search(query);
  const hit = result.hits.find((h) => h.name === name);
  expect(hit?.tier).toBe(tier);
});

test("backfilled owners: the group owner by name, not again by email", async () => {
  const result = await search("project:finance type:model");
  const owners = result.facets.owner.map((f) => f.value);
  expect(owners).toContain("Finance Analytics");
  expect(owners).not.toContain("finance-analytics@larkspur.example");
});
