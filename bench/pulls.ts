import fs from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { closeDb } from "@/lib/db/client";
import { startThrowawayCluster } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { pullSource } from "@/lib/sources/pull-source";
import { parseSourcesConfig } from "@/lib/sources/sources-config";
import type { SourceEntry } from "@/lib/sources/source-types";
import { startDbtCloudApi, startGcsApi } from "@/tests/sources/api-stores";
import {
  serveStatic,
  startAzurite,
  startHttpStore,
  startS3,
  type Objects,
} from "@/tests/sources/stores";
import { percentile } from "./machine";

const PROJECT = "marketplace_others";
const FIXTURE = path.resolve(
  "../shared/fixtures/real/dbt-multi-project",
  PROJECT,
);
const RUNS = 30;
/** What the SDKs read their credentials from, as a server's environment would hold them. */
const env: Record<string, string> = { DBT_CLOUD_API_TOKEN: "t" };

type Row = { type: string; first: number; unchanged: number[] };

/**
 * What a pull costs, by source type, against the same local servers the
 * tests use: the first pull (fetch and ingest of a real 30-node project
 * with its catalog), then RUNS pulls of the unchanged source (one
 * conditional request, nothing written but the pull's own record).
 */
export async function benchPulls(workDir: string): Promise<string> {
  const cluster = await startThrowawayCluster();
  process.env.AWS_ACCESS_KEY_ID = "S3RVER";
  process.env.AWS_SECRET_ACCESS_KEY = "S3RVER";
  const closers: (() => Promise<unknown>)[] = [];
  try {
    const manifest = await fs.readFile(path.join(FIXTURE, "manifest.json"));
    const catalog = await fs.readFile(path.join(FIXTURE, "catalog.json"));
    await fs.writeFile(path.join(workDir, "manifest.json"), manifest);
    await fs.writeFile(path.join(workDir, "catalog.json"), catalog);
    const objects: Objects = new Map([
      ["t/manifest.json", manifest],
      ["t/catalog.json", catalog],
    ]);
    const http = await startHttpStore(serveStatic(objects));
    const s3 = await startS3("artifacts");
    const gcs = await startGcsApi("artifacts");
    const cloud = await startDbtCloudApi({
      accountId: 1,
      jobId: 2,
      token: "t",
    });
    const azure = await startAzurite("artifacts");
    closers.push(http.close, s3.close, gcs.close, cloud.close, azure.close);
    await azure.put("t/manifest.json", manifest);
    await azure.put("t/catalog.json", catalog);
    env.AZURE_STORAGE_CONNECTION_STRING = azure.connectionString;
    await s3.put("t/manifest.json", manifest);
    await s3.put("t/catalog.json", catalog);
    gcs.write("t/manifest.json", manifest);
    gcs.write("t/catalog.json", catalog);
    cloud.addRun(1, 10, new Map([...objects].map(([k, v]) => [k.slice(2), v])));
    const configs: [string, string][] = [
      ["file", "type: file\n    config: { path: manifest.json }"],
      [
        "http",
        `type: http\n    config: { url: "${http.url}/t/manifest.json" }`,
      ],
      [
        "s3",
        `type: s3\n    config: { bucket_name: artifacts, object_name: t/manifest.json, endpoint_url: "${s3.url}" }`,
      ],
      [
        "azure",
        "type: azure\n    config: { container_name: artifacts, object_name: t/manifest.json }",
      ],
      [
        "gcs",
        `type: gcs\n    config: { bucket_name: artifacts, object_name: t/manifest.json, api_endpoint: "${gcs.url}" }`,
      ],
      [
        "dbt_cloud",
        `type: dbt_cloud\n    config: { account_id: 1, job_id: 2, api_endpoint: "${cloud.apiEndpoint}" }`,
      ],
    ];
    const rows: Row[] = [];
    for (const [type, body] of configs) {
      await switchToFreshDatabase(cluster.url, type);
      rows.push(await measure(type, toEntry(body, workDir)));
    }
    return [
      `One real project (${PROJECT}, dbt-loom mesh fixture: manifest v9, 30 nodes stored, with its catalog.json); each store a local server: s3rver and node:http in this process (answering static files, the GCS JSON API or dbt Cloud's v2 API), azurite in a process of its own. A fresh database per type; ${RUNS} unchanged pulls after the first.`,
      "",
      "| Type | First pull (fetch + ingest) | Unchanged pull p50 | p95 | max |",
      "|---|---:|---:|---:|---:|",
      ...rows.map(
        (r) =>
          `| \`${r.type}\` | ${r.first.toFixed(0)} ms | ${percentile(r.unchanged, 50).toFixed(1)} ms | ${percentile(r.unchanged, 95).toFixed(1)} ms | ${Math.max(...r.unchanged).toFixed(1)} ms |`,
      ),
    ].join("\n");
  } finally {
    for (const close of closers) await close().catch(() => {});
    await closeDb();
    await cluster.stop();
  }
}

function toEntry(body: string, dir: string): SourceEntry {
  const yaml = `manifests:\n  - name: ${PROJECT}\n    artifacts: [catalog]\n    ${body}\n`;
  const entry = parseSourcesConfig(yaml, {
    file: "bench",
    baseDir: dir,
    env: {},
  }).sources[0];
  if (!entry) throw new Error("no source");
  return entry;
}

async function measure(type: string, entry: SourceEntry): Promise<Row> {
  const started = performance.now();
  const first = await pullSource(entry, { env });
  if (first.outcome !== "ingested") throw new Error(`${type}: not ingested`);
  const firstMs = performance.now() - started;
  const unchanged: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    const pull = await pullSource(entry, { env });
    if (pull.outcome !== "unchanged") throw new Error(`${type}: changed`);
    unchanged.push(performance.now() - t);
  }
  return { type, first: firstMs, unchanged };
}

/** Each type starts from a catalog of its own, so that its first pull ingests. */
async function switchToFreshDatabase(
  clusterUrl: string,
  name: string,
): Promise<void> {
  await closeDb();
  const admin = new pg.Client({ connectionString: clusterUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE bench_pulls_${name}`);
  await admin.end();
  const url = new URL(clusterUrl);
  url.pathname = `/bench_pulls_${name}`;
  await migrate(url.toString());
  process.env.DATABASE_URL = url.toString();
}
