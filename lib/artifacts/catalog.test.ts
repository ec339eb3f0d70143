import { describe, expect, test } from "vitest";
import { listFixtures, loadFixtureJson } from "@/tests/fixture-files";
import { parseCatalog } from "./catalog";

const CATALOGS = listFixtures(/^catalog.*\.json$/).filter(
  (f) => !f.includes("legacy_2022"),
);

describe("parseCatalog", () => {
  test.each(CATALOGS)("%s: every node and source, with its columns", (file) => {
    const doc = loadFixtureJson(file) as {
      nodes: Record<string, unknown>;
      sources?: Record<string, unknown>;
    };
    const parsed = parseCatalog(file, doc);
    expect(parsed.nodes).toHaveLength(
      Object.keys(doc.nodes).length + Object.keys(doc.sources ?? {}).length,
    );
    expect(
      parsed.nodes.some(
        (n) => n.columns.length > 0 && n.columns.every((c) => c.type !== null),
      ),
    ).toBe(true);
  });

  test.each([
    { file: "tuva/catalog.json", stat: "Snowflake row_count and bytes" },
    {
      file: "dbterd/shopify/catalog.json",
      stat: "BigQuery num_rows and num_bytes",
    },
  ])("reads row counts and sizes: $stat", ({ file }) => {
    const parsed = parseCatalog(file, loadFixtureJson(file));
    expect(
      parsed.nodes.some((n) => n.rowCount !== null && n.bytes !== null),
    ).toBe(true);
  });

  test("keeps the errors the warehouse reported", () => {
    const parsed = parseCatalog(
      "c",
      loadFixtureJson("tap-dbt-artifacts/catalog.json"),
    );
    expect(parsed.errors).toEqual(["sample_error_1", "sample_error_2"]);
  });

  test("refuses a manifest passed as the catalog", () => {
    expect(() =>
      parseCatalog("catalog.json", loadFixtureJson("tuva/manifest.json")),
    ).toThrow(/catalog\.json: is a manifest\.json, not a catalog\.json/);
  });
});
