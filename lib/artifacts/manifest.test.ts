import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { REAL_FIXTURES } from "@/tests/fixtures";
import { ArtifactError } from "./errors";
import { parseManifest } from "./manifest";

const MANIFESTS = fs
  .readdirSync(REAL_FIXTURES, { recursive: true, encoding: "utf8" })
  .filter((file) => /(^|\/)manifest[^/]*\.json$/.test(file))
  .sort();

function load(relative: string): Record<string, unknown> {
  return JSON.parse(
    fs.readFileSync(path.join(REAL_FIXTURES, relative), "utf8"),
  ) as Record<string, unknown>;
}

function schemaVersion(doc: Record<string, unknown>): number {
  const metadata = doc.metadata as { dbt_schema_version?: string } | undefined;
  return Number(
    /manifest\/v(\d+)/.exec(metadata?.dbt_schema_version ?? "")?.[1] ?? 0,
  );
}

const SECTIONS = [
  "nodes",
  "sources",
  "exposures",
  "metrics",
  "semantic_models",
  "saved_queries",
  "unit_tests",
  "functions",
];

/** Resources per type, counted straight from the file's sections. */
function countInFile(doc: Record<string, unknown>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const section of SECTIONS) {
    const entries = (doc[section] ?? {}) as Record<
      string,
      { resource_type: string }
    >;
    for (const node of Object.values(entries))
      counts[node.resource_type] = (counts[node.resource_type] ?? 0) + 1;
  }
  return counts;
}

describe("parseManifest on every real manifest", () => {
  const supported = MANIFESTS.filter((file) => schemaVersion(load(file)) >= 4);
  const refused = MANIFESTS.filter((file) => schemaVersion(load(file)) < 4);

  test("the fixtures cover every supported schema version", () => {
    const versions = new Set(
      supported.map((file) => schemaVersion(load(file))),
    );
    expect([...versions].sort((a, b) => a - b)).toEqual([
      4, 5, 6, 7, 8, 9, 10, 11, 12,
    ]);
  });

  test.each(supported)("%s parses with every resource of the file", (file) => {
    const doc = load(file);
    const parsed = parseManifest(file, doc);
    const counts: Record<string, number> = {};
    for (const node of parsed.nodes)
      counts[node.resourceType] = (counts[node.resourceType] ?? 0) + 1;
    expect(counts).toEqual(countInFile(doc));
    expect(parsed.metadata.schemaVersion).toBe(schemaVersion(doc));
  });

  test.each(refused)(
    "%s is refused with a message naming the version",
    (file) => {
      expect(() => parseManifest(file, load(file))).toThrow(
        /not supported|before dbt 0.19/,
      );
    },
  );
});

describe("parseManifest adapts each version's shapes", () => {
  test("list-form refs (v4–v8) and dict refs with versions (v9+)", () => {
    const old = parseManifest("m", load("dbterd/shopify/manifest.json"));
    const withRefs = old.nodes.find((n) => n.refs.length > 0);
    expect(withRefs?.refs[0]).toMatchObject({ package: null, version: null });
    const versioned = parseManifest(
      "m",
      load("dbt-bouncer/dbt_112/manifest.json"),
    );
    const pinned = versioned.nodes
      .flatMap((n) => n.refs)
      .find((r) => r.version !== null);
    expect(typeof pinned?.version).toBe("string");
  });

  test("raw_sql of v4–v6 becomes raw code, with its language", () => {
    const parsed = parseManifest("m", load("solana-models/manifest.json"));
    const model = parsed.nodes.find((n) => n.resourceType === "model");
    expect(model?.rawCode?.length).toBeGreaterThan(0);
    expect(model?.language).toBe("sql");
  });

  test("versions, latest versions and contracts of dbt 1.12", () => {
    const parsed = parseManifest(
      "m",
      load("dbt-bouncer/dbt_112/manifest.json"),
    );
    const versions = parsed.nodes.filter(
      (n) => n.resourceType === "model" && n.version !== null,
    );
    expect(versions.length).toBeGreaterThan(1);
    expect(versions.every((n) => n.latestVersion !== null)).toBe(true);
    expect(parsed.nodes.some((n) => n.contractEnforced)).toBe(true);
  });

  test("a unit test of a model version is attached to that version", () => {
    const parsed = parseManifest(
      "m",
      load("dbt-bouncer/dbt_112/manifest.json"),
    );
    const unitTest = parsed.nodes.find((n) =>
      n.uniqueId.endsWith("test_clv_logic_historical_v2"),
    );
    expect(unitTest?.test?.attachedUniqueId).toBe(
      "model.dbt_bouncer_test_project.customers.v2",
    );
  });

  test("groups carry their owners", () => {
    const parsed = parseManifest(
      "m",
      load("c24-workshops-sales/manifest.json"),
    );
    expect(parsed.groups.length).toBe(2);
    expect(
      parsed.groups.every((g) => g.ownerName !== null || g.ownerEmail !== null),
    ).toBe(true);
  });

  test("tests are attached to their node and column, before and after attached_node existed", () => {
    for (const file of [
      "dbterd/shopify/manifest.json",
      "dbt-bouncer/dbt_112/manifest.json",
    ]) {
      const parsed = parseManifest(file, load(file));
      const tests = parsed.nodes.filter((n) => n.resourceType === "test");
      const attached = tests.filter((t) => t.test?.attachedUniqueId);
      expect(attached.length / tests.length).toBeGreaterThan(0.9);
      expect(
        tests.some((t) => t.test?.columnName && t.test.testName === "not_null"),
      ).toBe(true);
    }
  });

  test("does not change the document it reads", () => {
    const doc = load("dbt-core/artifacts/data/state/v12/manifest.json");
    const before = JSON.stringify(doc);
    parseManifest("m", doc);
    expect(JSON.stringify(doc)).toBe(before);
  });
});

describe("parseManifest refuses bad input with the file and the problem", () => {
  const valid = () => load("dbt-core/artifacts/data/state/v12/manifest.json");

  test.each([
    {
      name: "a catalog.json",
      doc: () => load("dbterd/shopify/catalog.json"),
      message: /is a catalog\.json, not a manifest\.json/,
    },
    {
      name: "a semantic_manifest.json",
      doc: () => load("c24-workshops-sales/semantic_manifest.json"),
      message: /is a semantic_manifest\.json, not a manifest\.json/,
    },
    {
      name: "a run_results.json",
      doc: () => load("tuva/run_results.json"),
      message: /is a run_results\.json/,
    },
    { name: "a JSON array", doc: () => [1, 2], message: /not a JSON object/ },
    {
      name: "an unknown JSON object",
      doc: () => ({ hello: "world" }),
      message: /no dbt schema version/,
    },
    {
      name: "a newer schema version",
      doc: () => ({
        ...valid(),
        metadata: {
          dbt_schema_version:
            "https://schemas.getdbt.com/dbt/manifest/v13.json",
        },
      }),
      message: /v13, newer than this catalog reads/,
    },
    {
      name: "a wrong type in a field the catalog uses",
      doc: () => {
        const doc = valid();
        const nodes = doc.nodes as Record<string, Record<string, unknown>>;
        return {
          ...doc,
          nodes: {
            ...nodes,
            "model.test.bad": {
              ...Object.values(nodes)[0],
              unique_id: "model.test.bad",
              description: 42,
            },
          },
        };
      },
      message:
        /nodes\["model\.test\.bad"\]\.description: Invalid input: expected string, received number/,
    },
    {
      name: "nodes that are not an object",
      doc: () => ({ ...valid(), nodes: "oops" }),
      message: /nodes: Invalid input/,
    },
  ])("$name", ({ doc, message }) => {
    let caught: unknown;
    try {
      parseManifest("target/manifest.json", doc());
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ArtifactError);
    expect((caught as ArtifactError).message).toMatch(
      /^target\/manifest\.json: /,
    );
    expect((caught as ArtifactError).message).toMatch(message);
  });
});
