import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { GET as listSources } from "@/app/api/v1/sources/route";
import { POST as pullNow } from "@/app/api/v1/sources/[name]/pull/route";
import { closeDb, getPool } from "@/lib/db/client";
import { createToken } from "@/lib/db/tokens";
import { renderMetrics } from "@/lib/ops/metrics";
import { pullSource } from "@/lib/sources/pull-source";
import {
  startConfiguredScheduler,
  stopConfiguredScheduler,
} from "@/lib/sources/running-scheduler";
import { loadSourcesConfig } from "@/lib/sources/sources-file";
import { useTestDatabase } from "@/tests/db";
import { REAL_FIXTURES } from "@/tests/fixtures";
import { TEST_NOW } from "@/tests/pin-clock";

const PROJECT = "marketplace_others";
const MANIFEST = path.join(
  REAL_FIXTURES,
  "dbt-multi-project",
  PROJECT,
  "manifest.json",
);

const post = (name: string, token?: string) =>
  pullNow(
    new Request(`http://catalog.test/api/v1/sources/${name}/pull`, {
      method: "POST",
      headers: token ? { authorization: `Bearer ${token}` } : {},
    }),
    { params: Promise.resolve({ name }) },
  );

describe("GET /api/v1/sources and POST /api/v1/sources/{name}/pull", () => {
  let dir: string;
  beforeAll(async () => {
    const url = await useTestDatabase();
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "sources-api-"));
    await fs.copyFile(MANIFEST, path.join(dir, "manifest.json"));
    const file = path.join(dir, "catalog-sources.yml");
    await fs.writeFile(
      file,
      `schedule: "*/30 * * * *"
manifests:
  - name: ${PROJECT}
    type: file
    config: { path: manifest.json }
  - name: finance
    type: file
    optional: true
    config: { path: missing/manifest.json }
`,
    );
    process.env.CATALOG_SOURCES_FILE = file;
    const config = await loadSourcesConfig({ file, cwd: dir, env: {} });
    const [good, bad] = config?.sources ?? [];
    if (!good || !bad) throw new Error("two sources expected");
    await pullSource(good);
    await pullSource(bad).catch(() => {});
    await startConfiguredScheduler(url, { isWorker: false, tickMs: null });
  });
  afterAll(async () => {
    delete process.env.CATALOG_SOURCES_FILE;
    await stopConfiguredScheduler();
    await closeDb();
    await fs.rm(dir, { recursive: true, force: true });
  });

  test("each source with its last success, last error, next run and what its last pull changed", async () => {
    const response = await listSources();
    expect(response.status).toBe(200);
    const body = (await response.json()) as { sources: unknown[] };
    const now = TEST_NOW.toISOString();
    expect(body).toEqual({
      file: path.join(dir, "catalog-sources.yml"),
      sources: [
        expect.objectContaining({
          name: PROJECT,
          type: "file",
          location: path.join(dir, "manifest.json"),
          health: "ok",
          project: PROJECT,
          lastSuccessAt: now,
          lastError: null,
          nextRunAt: "2026-11-01T06:30:00.000Z",
          lastOutcome: "ingested",
          lastChange: {
            nodes: 30,
            edges: 14,
            dataProducts: 0,
            // marketplace_others was written by `dbt parse`: no compiled SQL
            // for column lineage, which the ingest warns of.
            warnings: 1,
          },
        }),
        expect.objectContaining({
          name: "finance",
          health: "failing",
          isOptional: true,
          lastSuccessAt: null,
          lastError: {
            at: now,
            message: expect.stringContaining(
              `${path.join(dir, "missing/manifest.json")}: cannot be read`,
            ) as string,
          },
          consecutiveFailures: 1,
        }),
      ],
    });
  });

  test("pull now: a token for the source's project queues a pull once; others are refused", async () => {
    const admin = await createToken({ project: null });
    const other = await createToken({ project: "sales" });
    expect((await post(PROJECT)).status).toBe(401);
    expect((await post(PROJECT, other.secret)).status).toBe(403);
    expect((await post("nowhere", admin.secret)).status).toBe(404);
    const queued = await post(PROJECT, admin.secret);
    expect(queued.status).toBe(202);
    expect(await queued.json()).toEqual({ source: PROJECT, status: "queued" });
    expect(await (await post(PROJECT, admin.secret)).json()).toEqual({
      source: PROJECT,
      status: "already queued",
    });
    const { rows } = await getPool().query(
      "SELECT data FROM pgboss.job WHERE name = 'source-pull' AND state = 'created'",
    );
    expect(rows).toEqual([{ data: { source: PROJECT } }]);
  });

  test("/metrics counts pulls by outcome and shows each source's lag", async () => {
    const { body } = await renderMetrics();
    expect(body).toContain(
      `catalog_source_pulls_total{source="${PROJECT}",outcome="ingested"} 1`,
    );
    expect(body).toContain(
      `catalog_source_pulls_total{source="finance",outcome="failed"} 1`,
    );
    expect(body).toContain(
      `catalog_source_pull_duration_seconds_count{source="${PROJECT}",outcome="ingested"} 1`,
    );
    expect(body).toContain(`catalog_source_lag_seconds{source="${PROJECT}"} 0`);
    expect(body).not.toContain(`catalog_source_lag_seconds{source="finance"}`);
  });
});
