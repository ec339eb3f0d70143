import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { fixedClock, setClock } from "@/lib/clock";
import { closeDb, getPool } from "@/lib/db/client";
import { parseSourcesConfig } from "@/lib/sources/sources-config";
import {
  startSourceScheduler,
  type SourceScheduler,
} from "@/lib/sources/source-scheduler";
import { useTestDatabase } from "@/tests/db";
import { REAL_FIXTURES } from "@/tests/fixtures";

const PROJECT = "marketplace_others";
const MANIFEST = path.join(
  REAL_FIXTURES,
  "dbt-multi-project",
  PROJECT,
  "manifest.json",
);

let url: string;
let dir: string;
let restoreClock: () => void = () => {};
const instances: SourceScheduler[] = [];

beforeEach(async () => {
  url = await useTestDatabase();
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "scheduled-"));
  await fs.copyFile(MANIFEST, path.join(dir, "manifest.json"));
});
afterEach(async () => {
  await Promise.all(instances.splice(0).map((i) => i.stop(5_000)));
  restoreClock();
  await closeDb();
  await fs.rm(dir, { recursive: true, force: true });
});

const at = (instant: string) => {
  restoreClock();
  restoreClock = setClock(fixedClock(instant));
};

async function startInstance(isWorker = true): Promise<SourceScheduler> {
  const config = parseSourcesConfig(
    `manifests:\n  - name: ${PROJECT}\n    type: file\n    schedule: "*/15 * * * *"\n    config: { path: manifest.json }\n`,
    { file: "catalog-sources.yml", baseDir: dir, env: {} },
  );
  const instance = await startSourceScheduler({
    config,
    databaseUrl: url,
    tickMs: null,
    pollingIntervalSeconds: 0.5,
    isWorker,
  });
  instances.push(instance);
  return instance;
}

async function countJobs() {
  const { rows } = await getPool().query<{ state: string; count: number }>(
    "SELECT state, count(*)::int AS count FROM pgboss.job WHERE name = 'source-pull' GROUP BY state ORDER BY state",
  );
  return Object.fromEntries(rows.map((r) => [r.state, r.count]));
}

async function countPullIngests(): Promise<number> {
  const { rows } = await getPool().query<{ count: number }>(
    "SELECT count(*)::int AS count FROM ingest_runs WHERE origin = 'pull' AND status = 'ingested'",
  );
  return rows[0]?.count ?? 0;
}

/** A newer run of the project: same models, later generated_at. */
async function publishNewerManifest(generatedAt: string) {
  const manifest = JSON.parse(await fs.readFile(MANIFEST, "utf8")) as {
    metadata: Record<string, unknown>;
  };
  manifest.metadata.generated_at = generatedAt;
  await fs.writeFile(path.join(dir, "manifest.json"), JSON.stringify(manifest));
}

test("two instances with one schedule run each pull exactly once", async () => {
  const [a, b] = [await startInstance(), await startInstance()];
  at("2026-12-03T10:00:00Z");
  const claims = await Promise.all([a.tick(), b.tick(), a.tick(), b.tick()]);
  expect(claims.flat()).toEqual([PROJECT]);
  await vi.waitFor(
    async () => expect(await countJobs()).toEqual({ completed: 1 }),
    { timeout: 30_000, interval: 200 },
  );
  expect(await countPullIngests()).toBe(1);

  // Not due again before the next slot of the schedule.
  at("2026-12-03T10:14:59Z");
  expect((await Promise.all([a.tick(), b.tick()])).flat()).toEqual([]);

  await publishNewerManifest("2026-12-03T10:14:00Z");
  at("2026-12-03T10:15:00Z");
  const next = await Promise.all([b.tick(), a.tick(), b.tick(), a.tick()]);
  expect(next.flat()).toEqual([PROJECT]);
  await vi.waitFor(
    async () => expect(await countJobs()).toEqual({ completed: 2 }),
    { timeout: 30_000, interval: 200 },
  );
  expect(await countPullIngests()).toBe(2);
});

test("pull now queues one pull; asking again while it waits queues nothing more", async () => {
  const scheduler = await startInstance(false);
  expect(await scheduler.pullNow(PROJECT)).toBe(true);
  expect(await scheduler.pullNow(PROJECT)).toBe(false);
  expect(await countJobs()).toEqual({ created: 1 });
  await startInstance();
  await vi.waitFor(
    async () => expect(await countJobs()).toEqual({ completed: 1 }),
    { timeout: 30_000, interval: 200 },
  );
  expect(await countPullIngests()).toBe(1);
});
