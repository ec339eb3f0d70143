import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { closeDb, getPool } from "@/lib/db/client";
import { listSourcePulls } from "@/lib/db/source-pulls";
import { pullSource } from "@/lib/sources/pull-source";
import { parseSourcesConfig } from "@/lib/sources/sources-config";
import type { SourceEntry } from "@/lib/sources/source-types";
import { useTestDatabase } from "@/tests/db";
import { REAL_FIXTURES } from "@/tests/fixtures";
import { countEveryTable } from "@/tests/row-counts";
import { startDbtCloudApi, startGcsApi } from "./api-stores";
import {
  serveStatic,
  startAzurite,
  startHttpStore,
  startS3,
  type Objects,
} from "./stores";

// A real project of a dbt-loom mesh (dbt 1.6, manifest v9): its manifest does
// not name its project, so the source's name does, as in dbt-loom.
const PROJECT = "marketplace_others";
const DIR = path.join(REAL_FIXTURES, "dbt-multi-project", PROJECT);
const read = (file: string) =>
  new Uint8Array(fs.readFileSync(path.join(DIR, file)));
const MANIFEST = read("manifest.json");
const CATALOG = read("catalog.json");
const RUN_RESULTS = read("run_results.json");

function parseOne(yaml: string, env: Record<string, string> = {}): SourceEntry {
  const config = parseSourcesConfig(yaml, {
    file: "catalog-sources.yml",
    baseDir: DIR,
    env,
  });
  const [entry] = config.sources;
  if (!entry) throw new Error("no source");
  return entry;
}

async function countProjectRows() {
  const { rows } = await getPool().query<{
    nodes: number;
    catalog: number;
    results: number;
  }>(
    `SELECT count(*)::int AS nodes, count(c.node_id)::int AS catalog, count(r.node_id)::int AS results
     FROM nodes n JOIN projects p ON p.id = n.project_id
     LEFT JOIN catalog_entries c ON c.node_id = n.id
     LEFT JOIN run_results r ON r.node_id = n.id
     WHERE p.name = $1`,
    [PROJECT],
  );
  return rows[0];
}

/**
 * The contract every source type keeps: the first pull ingests the
 * project (with its siblings), the next finds nothing new and writes
 * nothing but its own record.
 */
async function expectIngestThenNothing(
  entry: SourceEntry,
  env: Record<string, string> = {},
) {
  expect(await pullSource(entry, { env })).toEqual({
    outcome: "ingested",
    project: PROJECT,
    status: "ingested",
  });
  const rows = await countProjectRows();
  expect(rows?.nodes).toBeGreaterThan(0);
  if (entry.artifacts.includes("catalog"))
    expect(rows?.catalog).toBeGreaterThan(0);
  if (entry.artifacts.includes("run_results"))
    expect(rows?.results).toBeGreaterThan(0);
  const before = await countEveryTable();
  const stamp = await getPool().query(
    "SELECT ingested_at FROM projects WHERE name = $1",
    [PROJECT],
  );
  expect(await pullSource(entry, { env })).toEqual({
    outcome: "unchanged",
    reason: "not modified",
  });
  expect(await countEveryTable()).toEqual(before);
  expect(
    (
      await getPool().query(
        "SELECT ingested_at FROM projects WHERE name = $1",
        [PROJECT],
      )
    ).rows,
  ).toEqual(stamp.rows);
  const [record] = await listSourcePulls();
  expect(record).toMatchObject({
    name: entry.name,
    lastOutcome: "unchanged",
    consecutiveFailures: 0,
    projectName: PROJECT,
  });
}

describe("each source type ingests a project from a real server, and an unchanged source writes nothing", () => {
  const closers: (() => Promise<void>)[] = [];
  beforeEach(async () => {
    await useTestDatabase();
  });
  afterEach(async () => {
    await Promise.all(closers.splice(0).map((close) => close()));
    await closeDb();
  });

  test("file: a local target/ folder, its size and modification time the validator", async () => {
    const entry = parseOne(
      `manifests:\n  - name: ${PROJECT}\n    type: file\n    artifacts: [catalog, run_results]\n    config: { path: manifest.json }\n`,
    );
    await expectIngestThenNothing(entry);
  });

  test("http: headers sent, and the unchanged manifest costs one request answered 304", async () => {
    const objects: Objects = new Map([
      ["t/manifest.json", MANIFEST],
      ["t/catalog.json", CATALOG],
    ]);
    const store = await startHttpStore(
      serveStatic(objects, { Authorization: "Bearer s3cret" }),
    );
    closers.push(store.close);
    const entry = parseOne(
      `manifests:\n  - name: ${PROJECT}\n    type: http\n    artifacts: [catalog]\n    config:\n      url: ${store.url}/t/manifest.json\n      headers: { Authorization: "Bearer \${ARTIFACT_TOKEN}" }\n`,
      { ARTIFACT_TOKEN: "s3cret" },
    );
    await expectIngestThenNothing(entry);
    expect(store.requests).toEqual([
      "/t/manifest.json",
      "/t/catalog.json",
      "/t/manifest.json",
    ]);
  });

  test("s3: s3rver through the AWS SDK, path-style at endpoint_url", async () => {
    const s3 = await startS3("artifacts");
    closers.push(s3.close);
    await s3.put("mesh/others/manifest.json", MANIFEST);
    await s3.put("mesh/others/run_results.json", RUN_RESULTS);
    process.env.AWS_ACCESS_KEY_ID = "S3RVER";
    process.env.AWS_SECRET_ACCESS_KEY = "S3RVER";
    const entry = parseOne(
      `manifests:\n  - name: ${PROJECT}\n    type: s3\n    artifacts: [run_results]\n    config:\n      bucket_name: artifacts\n      object_name: mesh/others/manifest.json\n      endpoint_url: ${s3.url}\n`,
    );
    await expectIngestThenNothing(entry);
  });

  test("azure: azurite through the Azure SDK, with AZURE_STORAGE_CONNECTION_STRING", async () => {
    const azure = await startAzurite("artifacts");
    closers.push(azure.close);
    await azure.put("others/manifest.json", MANIFEST);
    await azure.put("others/catalog.json", CATALOG);
    const entry = parseOne(
      `manifests:\n  - name: ${PROJECT}\n    type: azure\n    artifacts: [catalog]\n    config: { account_name: devstoreaccount1, container_name: artifacts, object_name: others/manifest.json }\n`,
    );
    await expectIngestThenNothing(entry, {
      AZURE_STORAGE_CONNECTION_STRING: azure.connectionString,
    });
  });

  test("gcs: the JSON API through the GCS SDK at api_endpoint; unchanged is one metadata request", async () => {
    const gcs = await startGcsApi("artifacts");
    closers.push(gcs.close);
    gcs.write("others/manifest.json", MANIFEST);
    gcs.write("others/catalog.json", CATALOG);
    const entry = parseOne(
      `manifests:\n  - name: ${PROJECT}\n    type: gcs\n    artifacts: [catalog]\n    config: { project_id: mesh, bucket_name: artifacts, object_name: others/manifest.json, api_endpoint: "${gcs.url}" }\n`,
    );
    await expectIngestThenNothing(entry);
    const manifest = "/storage/v1/b/artifacts/o/others%2Fmanifest.json";
    const catalog = "/storage/v1/b/artifacts/o/others%2Fcatalog.json";
    // Metadata, then the media of that generation; the unchanged pull asks metadata only.
    expect(gcs.requests).toEqual([
      manifest,
      manifest,
      catalog,
      catalog,
      manifest,
    ]);
    gcs.write("others/manifest.json", MANIFEST);
    // A new generation of the same bytes: fetched, found equal, not ingested.
    expect(await pullSource(entry)).toEqual({
      outcome: "unchanged",
      reason: "same content",
    });
  });

  test("dbt_cloud: the latest successful run of a job, its artifacts through the Administrative API v2", async () => {
    const cloud = await startDbtCloudApi({
      accountId: 7,
      jobId: 42,
      token: "dbtc_secret",
    });
    closers.push(cloud.close);
    cloud.addRun(
      100,
      10,
      new Map([
        ["manifest.json", MANIFEST],
        ["run_results.json", RUN_RESULTS],
      ]),
    );
    cloud.addRun(101, 20, new Map());
    const entry = parseOne(
      `manifests:\n  - name: ${PROJECT}\n    type: dbt_cloud\n    artifacts: [run_results]\n    config: { account_id: 7, job_id: 42, api_endpoint: "${cloud.apiEndpoint}" }\n`,
    );
    await expectIngestThenNothing(entry, {
      DBT_CLOUD_API_TOKEN: "dbtc_secret",
    });
    expect(cloud.requests).toEqual([
      "/api/v2/accounts/7/runs/",
      "/api/v2/accounts/7/runs/100/artifacts/manifest.json",
      "/api/v2/accounts/7/runs/100/artifacts/run_results.json",
      "/api/v2/accounts/7/runs/",
    ]);
  });

  test("a failing source is recorded with its message and counted until it succeeds; the project stays as it was", async () => {
    const objects: Objects = new Map();
    const store = await startHttpStore(serveStatic(objects));
    closers.push(store.close);
    const entry = parseOne(
      `manifests:\n  - name: ${PROJECT}\n    type: file\n    config: { path: "${store.url}/m/manifest.json" }\n`,
    );
    const message = `${store.url}/m/manifest.json: HTTP 404 Not Found`;
    await expect(pullSource(entry)).rejects.toThrow(message);
    await expect(pullSource(entry)).rejects.toThrow(message);
    expect(await listSourcePulls()).toEqual([
      expect.objectContaining({
        lastOutcome: "failed",
        lastError: message,
        consecutiveFailures: 2,
        lastSuccessAt: null,
      }),
    ]);
    objects.set("m/manifest.json", new Uint8Array(Buffer.from("{ not json")));
    await expect(pullSource(entry)).rejects.toThrow("manifest.json");
    expect((await countEveryTable()).projects).toBe(0);
    objects.set("m/manifest.json", MANIFEST);
    expect(await pullSource(entry)).toMatchObject({ outcome: "ingested" });
    expect(await listSourcePulls()).toEqual([
      expect.objectContaining({
        lastOutcome: "ingested",
        lastError: `${store.url}/m/manifest.json: is not valid JSON: Expected property name or '}' (at byte 2)`,
        consecutiveFailures: 0,
      }),
    ]);
  });

  test("an object over the artifact limit is refused from its declared size, before it is read", async () => {
    const s3 = await startS3("artifacts");
    closers.push(s3.close);
    await s3.put("big/manifest.json", MANIFEST);
    process.env.AWS_ACCESS_KEY_ID = "S3RVER";
    process.env.AWS_SECRET_ACCESS_KEY = "S3RVER";
    process.env.CATALOG_MAX_ARTIFACT_BYTES = "1024";
    closers.push(() =>
      Promise.resolve(void delete process.env.CATALOG_MAX_ARTIFACT_BYTES),
    );
    const entry = parseOne(
      `manifests:\n  - name: ${PROJECT}\n    type: s3\n    config: { bucket_name: artifacts, object_name: big/manifest.json, endpoint_url: "${s3.url}" }\n`,
    );
    await expect(pullSource(entry)).rejects.toThrow(
      "s3://artifacts/big/manifest.json: is 335 KiB, over the limit of 1.0 KiB",
    );
  });
});
