import { createHash } from "node:crypto";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { closeDb, getPool } from "@/lib/db/client";
import { useTestDatabase } from "@/tests/db";
import { listFixtures, loadFixtureJson } from "@/tests/fixture-files";
import { readFixture, readFixtureDir } from "@/tests/fixtures";
import { ingestProject } from "@/lib/ingest/ingest-project";
import { ingest, storedCounts, TEST_LIMIT } from "@/tests/ingest";

type RawNode = {
  resource_type: string;
  package_name: string;
  path?: string | null;
  original_file_path?: string | null;
};
type RawManifest = {
  metadata: {
    dbt_schema_version: string;
    project_name?: string;
    project_id?: string;
  };
} & Record<string, unknown>;

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

function rootPackage(doc: RawManifest): string {
  if (doc.metadata.project_name) return doc.metadata.project_name;
  const packages = new Set(
    Object.values(doc.nodes as Record<string, RawNode>).map(
      (n) => n.package_name,
    ),
  );
  const root = [...packages].find(
    (p) =>
      createHash("md5").update(p).digest("hex") === doc.metadata.project_id,
  );
  if (!root) throw new Error("fixture without a root package");
  return root;
}

/** What the file holds, by resource type, leaving out upstream nodes injected from other projects. */
function expectedCounts(doc: RawManifest): Record<string, number> {
  const root = rootPackage(doc);
  const counts: Record<string, number> = {};
  for (const section of SECTIONS) {
    for (const node of Object.values(
      (doc[section] ?? {}) as Record<string, RawNode>,
    )) {
      const isInjected =
        node.package_name !== root && !node.path && !node.original_file_path;
      if (!isInjected)
        counts[node.resource_type] = (counts[node.resource_type] ?? 0) + 1;
    }
  }
  return counts;
}

const MANIFESTS = listFixtures(/^manifest.*\.json$/).filter((file) => {
  const version = /manifest\/v(\d+)/.exec(
    (loadFixtureJson(file) as RawManifest).metadata.dbt_schema_version ?? "",
  );
  return Number(version?.[1] ?? 0) >= 4;
});

describe("every real manifest of v4 or later", () => {
  beforeAll(useTestDatabase);
  afterAll(closeDb);

  test.each(MANIFESTS)(
    "%s ingests with the file's counts per resource type",
    async (file) => {
      const doc = loadFixtureJson(file) as RawManifest;
      const artifacts =
        path.basename(file) === "manifest.json"
          ? readFixtureDir(path.dirname(file))
          : { manifest: readFixture(file) };
      // Fixtures of one project name come from any year: forced, not refused as older.
      const report = await ingestProject({
        artifacts,
        origin: "cli",
        maxArtifactBytes: TEST_LIMIT,
        force: true,
      });
      expect(report.status).toBe("ingested");
      expect(await storedCounts(report.project)).toEqual(expectedCounts(doc));
      expect(report.counts).toEqual(expectedCounts(doc));
    },
  );
});

describe("installed packages", () => {
  beforeAll(useTestDatabase);
  afterAll(closeDb);

  test("a shared package's nodes are stored in each project that installs it, not as a mesh project", async () => {
    await ingest(readFixtureDir("dbt-multi-project/marketplace_others"));
    await ingest(readFixtureDir("dbt-multi-project/marketplace_sp"));
    const projects = await getPool().query<{
      name: string;
      packages: string[];
    }>(
      `SELECT p.name, array_agg(k.name ORDER BY k.name) AS packages FROM projects p JOIN packages k ON k.project_id = p.id GROUP BY 1 ORDER BY 1`,
    );
    expect(projects.rows).toEqual([
      { name: "marketplace_others", packages: ["base"] },
      { name: "marketplace_sp", packages: ["base"] },
    ]);
    const crossProject = await getPool().query(
      "SELECT count(*)::int AS n FROM edges WHERE is_cross_project",
    );
    expect(crossProject.rows[0]).toEqual({ n: 0 });
  });

  test("catalog, run results and freshness land on their nodes", async () => {
    const report = await ingest(readFixtureDir("salary-survey-dbt-docs"));
    const facts = await getPool().query<{
      catalog: number;
      results: number;
      freshness: number;
      catalog_typed: number;
    }>(
      `SELECT (SELECT count(*)::int FROM catalog_entries c JOIN nodes n ON n.id = c.node_id WHERE n.project_id = p.id) AS catalog,
              (SELECT count(*)::int FROM run_results r JOIN nodes n ON n.id = r.node_id WHERE n.project_id = p.id) AS results,
              (SELECT count(*)::int FROM source_freshness f JOIN nodes n ON n.id = f.node_id WHERE n.project_id = p.id) AS freshness,
              (SELECT count(*)::int FROM columns c JOIN nodes n ON n.id = c.node_id WHERE n.project_id = p.id AND c.catalog_type IS NOT NULL) AS catalog_typed
       FROM projects p WHERE p.name = $1`,
      [report.project],
    );
    const row = facts.rows[0];
    expect(row?.catalog).toBeGreaterThan(10);
    expect(row?.results).toBeGreaterThan(100);
    expect(row?.catalog_typed).toBeGreaterThan(10);
    // This project's sources.json checked a source since renamed in its manifest.
    expect(row?.freshness).toBe(0);
    expect(report.warnings).toContain(
      "sources.json: 1 result(s) for nodes not in the manifest were ignored",
    );
  });
});
