import { gzipSync } from "node:zlib";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { closeDb, getPool } from "@/lib/db/client";
import { runIngestCli } from "@/tests/cli";
import { useTestDatabase } from "@/tests/db";
import { readFixture } from "@/tests/fixtures";
import { serveBytes, startServer, type TestServer } from "@/tests/http-server";
import { crossProjectEdges } from "@/tests/ingest";
import {
  buildTree,
  DOWNSTREAM_DIR,
  removeTrees,
  UPSTREAM_DIR,
  type TreeFile,
} from "@/tests/temp-tree";

/** The six two-argument refs of the real dbt-loom pair, each to the producer's own node. */
const RESOLVED = [
  "model.upstream.int_customer_orders",
  "model.upstream.int_orders_enriched",
  "model.upstream.int_orders_enriched",
  "model.upstream.stg_customers",
  "model.upstream.stg_order_items",
  "model.upstream.stg_products",
].map((id) => ({ parent: id, resolvedTo: id, resolvedProject: "upstream" }));

const JAFFLE_WITH_ELEMENTARY =
  "dbt-artifacts-parser/manifest/v12/jaffle_shop/manifest_1.9.json";

/** The consumer project of the real pair, with its dbt-loom config. */
function consumer(config: string): Record<string, TreeFile> {
  return {
    "downstream/dbt_project.yml": "name: downstream\n",
    "downstream/target/manifest.json": {
      fixture: `${DOWNSTREAM_DIR}/manifest.json`,
    },
    "downstream/target/semantic_manifest.json": {
      fixture: `${DOWNSTREAM_DIR}/semantic_manifest.json`,
    },
    "downstream/dbt_loom.config.yml": config,
  };
}

const PRODUCER: Record<string, TreeFile> = {
  "upstream/dbt_project.yml": "name: upstream\n",
  "upstream/target/manifest.json": { fixture: `${UPSTREAM_DIR}/manifest.json` },
  "upstream/target/semantic_manifest.json": {
    fixture: `${UPSTREAM_DIR}/semantic_manifest.json`,
  },
};

function fileEntry(name: string, path: string, extra = ""): string {
  return `  - name: ${name}\n    type: file\n    config:\n      path: ${path}\n${extra}`;
}

let server: TestServer;

beforeAll(async () => {
  const manifest = readFixture(`${UPSTREAM_DIR}/manifest.json`).bytes;
  server = await startServer({
    "/upstream/manifest.json": serveBytes(manifest),
    "/upstream/manifest.json.gz": serveBytes(gzipSync(manifest), {
      "content-type": "application/gzip",
    }),
  });
});

afterAll(() => server.close());

afterEach(async () => {
  await closeDb();
  await removeTrees();
});

describe("npm run ingest -- --loom", () => {
  test("ingests the upstream from a local path, then the consumer: all six refs resolve to upstream's nodes", async () => {
    await useTestDatabase();
    const root = await buildTree({
      ...PRODUCER,
      ...consumer(
        `manifests:\n${fileEntry("upstream", "../upstream/target/manifest.json")}`,
      ),
    });
    const run = await runIngestCli(
      ["--loom", "downstream/dbt_loom.config.yml"],
      { cwd: root },
    );
    expect(run.code).toBe(0);
    expect(await crossProjectEdges("downstream")).toEqual(RESOLVED);
    expect(run.stdout.indexOf("upstream: ingested")).toBeLessThan(
      run.stdout.indexOf("downstream: ingested"),
    );
    expect(run.stdout).toContain(
      "  from:   upstream (downstream/dbt_loom.config.yml:2)\n",
    );
    expect(run.stdout).toContain(
      "  cross-project refs: 6 resolved, 0 unresolved\n",
    );
    expect(run.stdout).toContain(
      "cross-project refs now 6 resolved, 0 unresolved",
    );
  });

  test.each([
    { served: "plain", path: "${UPSTREAM_URL}/manifest.json" },
    { served: "gzipped", path: "${UPSTREAM_URL}/manifest.json.gz" },
  ])("fetches a $served upstream manifest over HTTP", async ({ path }) => {
    await useTestDatabase();
    const root = await buildTree(
      consumer(`manifests:\n${fileEntry("upstream", path)}`),
    );
    const run = await runIngestCli(
      ["--loom", "downstream/dbt_loom.config.yml"],
      {
        cwd: root,
        env: { UPSTREAM_URL: `${server.url}/upstream` },
      },
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      `downloading ${server.url}/upstream/manifest.json`,
    );
    expect(await crossProjectEdges("downstream")).toEqual(RESOLVED);
  });

  test("excluded_packages leaves the package out of the stored upstream", async () => {
    await useTestDatabase();
    const root = await buildTree({
      "shop/target/manifest.json": { fixture: JAFFLE_WITH_ELEMENTARY },
      ...consumer(
        `manifests:\n${fileEntry("jaffle_shop", "../shop/target/manifest.json", "    excluded_packages: [elementary]\n")}`,
      ),
    });
    const run = await runIngestCli(
      ["--loom", "downstream/dbt_loom.config.yml"],
      { cwd: root },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      "note:   excluded_packages: left out 32 resource(s) of elementary",
    );
    const packages = await getPool().query<{ package_name: string }>(
      `SELECT DISTINCT n.package_name FROM nodes n JOIN projects p ON p.id = n.project_id WHERE p.name = 'jaffle_shop'`,
    );
    expect(packages.rows).toEqual([{ package_name: "jaffle_shop" }]);
  });

  test("optional upstreams that cannot be had are skipped with a note; the run succeeds", async () => {
    await useTestDatabase();
    const root = await buildTree({
      ...PRODUCER,
      ...consumer(
        [
          "manifests:",
          fileEntry("upstream", "../upstream/target/manifest.json"),
          fileEntry(
            "marketing",
            "../marketing/target/manifest.json",
            "    optional: true\n",
          ),
          fileEntry(
            "finance",
            `${server.url}/finance/manifest.json`,
            "    optional: true\n",
          ),
          "  - name: sales\n    type: s3\n    optional: true\n    config: { bucket_name: b, object_name: manifest.json }",
        ].join("\n"),
      ),
    });
    const run = await runIngestCli(
      ["--loom", "downstream/dbt_loom.config.yml"],
      { cwd: root },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      `marketing (downstream/dbt_loom.config.yml:7): skipped (optional): ${root}/marketing/target/manifest.json: no such file or directory`,
    );
    expect(run.stdout).toContain(
      `finance (downstream/dbt_loom.config.yml:13): skipped (optional): ${server.url}/finance/manifest.json: HTTP 404 Not Found`,
    );
    expect(run.stdout).toContain(
      "sales (downstream/dbt_loom.config.yml:19): skipped (optional): type s3 is not read by the catalog",
    );
    expect(run.stdout).toContain(
      "(2 ingested, 0 unchanged, 0 rejected, 3 skipped)",
    );
    expect(await crossProjectEdges("downstream")).toEqual(RESOLVED);
  });

  test("a required upstream that cannot be had fails the run, after the consumer is ingested", async () => {
    await useTestDatabase();
    const root = await buildTree(
      consumer(
        [
          "manifests:",
          fileEntry("upstream", "../upstream/target/manifest.json"),
          "  - name: sales\n    type: gcs\n    config: { project_id: p, bucket_name: b, object_name: manifest.json }",
        ].join("\n"),
      ),
    );
    const run = await runIngestCli(
      ["--loom", "downstream/dbt_loom.config.yml"],
      { cwd: root },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      "upstream (downstream/dbt_loom.config.yml:2): FAILED, artifacts unavailable",
    );
    expect(run.stdout).toContain(
      "sales (downstream/dbt_loom.config.yml:7): FAILED, artifacts unavailable\n  error:  type gcs is not read by the catalog",
    );
    expect(run.stdout).toContain("downstream: ingested");
    expect(run.stdout).toContain(
      "(1 ingested, 0 unchanged, 0 rejected, 2 failed)",
    );
  });

  test("a config name that differs from the manifest's project is a warning; the manifest's name wins", async () => {
    await useTestDatabase();
    const root = await buildTree({
      ...PRODUCER,
      ...consumer(
        `manifests:\n${fileEntry("producer", "../upstream/target/manifest.json")}`,
      ),
    });
    const run = await runIngestCli(
      ["--loom", "downstream/dbt_loom.config.yml"],
      { cwd: root },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'warning: the dbt-loom config names this manifest "producer", but it is project "upstream"; ingested as "upstream"',
    );
    expect(await crossProjectEdges("downstream")).toEqual(RESOLVED);
  });

  test("a consumer that was never built fails the run, after its upstreams are ingested", async () => {
    await useTestDatabase();
    const root = await buildTree({
      ...PRODUCER,
      "downstream/dbt_project.yml": "name: downstream\n",
      "downstream/dbt_loom.config.yml": `manifests:\n${fileEntry("upstream", "../upstream/target/manifest.json")}`,
    });
    const run = await runIngestCli(
      ["--loom", "downstream/dbt_loom.config.yml"],
      { cwd: root },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("upstream: ingested");
    expect(run.stdout).toContain(
      "downstream: FAILED, artifacts unavailable\n  error:  the consumer project (beside the dbt-loom config): downstream is a dbt project without target/manifest.json",
    );
  });

  test("a broken config exits 2 naming the line, and nothing is ingested", async () => {
    await useTestDatabase();
    const root = await buildTree(
      consumer(
        "manifests:\n  - name: upstream\n    type: file\n    config: {path: [x\n",
      ),
    );
    const run = await runIngestCli(
      ["--loom", "downstream/dbt_loom.config.yml"],
      { cwd: root },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^error: downstream\/dbt_loom\.config\.yml:\d: not valid YAML: /,
    );
    const stored = await getPool().query(
      "SELECT count(*)::int AS n FROM projects",
    );
    expect(stored.rows[0]).toEqual({ n: 0 });
  });
});
