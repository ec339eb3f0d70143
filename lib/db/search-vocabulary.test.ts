import { afterAll, beforeAll, expect, test } from "vitest";
import { ingest, jsonArtifact } from "@/tests/ingest";
import { useTestDatabase } from "@/tests/db";
import { buildManifest } from "@/tests/manifests";
import { closeDb, getPool } from "./client";

/** A manifest of `project` whose models have the given names, generated at `at`. */
function manifestOf(project: string, names: string[], at: string) {
  const nodes = Object.fromEntries(
    names.map((name) => [
      `model.${project}.${name}`,
      {
        unique_id: `model.${project}.${name}`,
        resource_type: "model",
        name,
        package_name: project,
        path: `${name}.sql`,
        original_file_path: `models/${name}.sql`,
        fqn: [project, name],
        description: "",
        config: { materialized: "view" },
        depends_on: { nodes: [], macros: [] },
        refs: [],
        columns: {},
        tags: [],
        meta: {},
        checksum: { name: "sha256", checksum: name },
      },
    ]),
  );
  return jsonArtifact("manifest.json", buildManifest(project, nodes, at));
}

async function vocabulary(): Promise<string[]> {
  const { rows } = await getPool().query<{ word: string }>(
    "SELECT word FROM search_words ORDER BY word",
  );
  return rows.map((r) => r.word);
}

beforeAll(useTestDatabase);
afterAll(closeDb);

test("a word stays in the typo vocabulary while some project's names use it, and goes after", async () => {
  await ingest({
    manifest: manifestOf(
      "alpha",
      ["zebra_orders", "kiwi_stock"],
      "2026-11-01T00:00:00Z",
    ),
  });
  await ingest({
    manifest: manifestOf("beta", ["zebra_counts"], "2026-11-01T00:00:00Z"),
  });
  expect(await vocabulary()).toEqual([
    "counts",
    "kiwi",
    "orders",
    "stock",
    "zebra",
  ]);
  // alpha gives up kiwi_stock and zebra_orders: beta still uses "zebra".
  await ingest({
    manifest: manifestOf("alpha", ["lime_orders"], "2026-11-02T00:00:00Z"),
  });
  expect(await vocabulary()).toEqual(["counts", "lime", "orders", "zebra"]);
  await ingest({
    manifest: manifestOf("beta", ["plum_counts"], "2026-11-02T00:00:00Z"),
  });
  expect(await vocabulary()).toEqual(["counts", "lime", "orders", "plum"]);
});
