import { spawn } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, expect, test, vi } from "vitest";
import { closeDb, getPool } from "@/lib/db/client";
import { VOCABULARY_LOCK } from "@/lib/db/search-vocabulary";
import { parseSourcesConfig } from "@/lib/sources/sources-config";
import {
  startSourceScheduler,
  type SourceScheduler,
} from "@/lib/sources/source-scheduler";
import { useTestDatabase } from "@/tests/db";
import { REAL_FIXTURES } from "@/tests/fixtures";
import { INSTANCE_QUEUE_OPTIONS } from "./instance-options";

const PROJECT = "marketplace_others";
const FIXTURE = path.join(REAL_FIXTURES, "dbt-multi-project", PROJECT);
const WAIT = { timeout: 60_000, interval: 200 };

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  await closeDb();
});

async function writeSourcesFile(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "killed-pull-"));
  cleanups.push(() => fs.rm(dir, { recursive: true, force: true }));
  for (const file of ["manifest.json", "catalog.json", "run_results.json"])
    await fs.copyFile(path.join(FIXTURE, file), path.join(dir, file));
  const file = path.join(dir, "catalog-sources.yml");
  await fs.writeFile(
    file,
    `manifests:\n  - name: ${PROJECT}\n    type: file\n    artifacts: [catalog, run_results]\n    config: { path: manifest.json }\n`,
  );
  return file;
}

/** Another catalog instance: its own process, working the same queue. */
async function startInstanceProcess(url: string, sourcesFile: string) {
  // Node itself, with tsx as its loader: the tsx command would run Node as
  // a child of its own, and killing the command would leave the instance alive.
  const child = spawn(
    process.execPath,
    [
      "--conditions=react-server",
      "--import",
      "tsx",
      "tests/sources/pull-instance.ts",
    ],
    {
      env: { ...process.env, DATABASE_URL: url, SOURCES_FILE: sourcesFile },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const exited = new Promise<void>((resolve) =>
    child.once("exit", () => resolve()),
  );
  cleanups.push(async () => {
    child.kill("SIGKILL");
    await exited;
  });
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("ready\n")) resolve();
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) =>
      reject(new Error(`the instance exited (${code}): ${output}`)),
    );
  });
  return { kill: () => (child.kill("SIGKILL"), exited) };
}

async function startInstanceHere(
  url: string,
  sourcesFile: string,
  isWorker: boolean,
) {
  const config = parseSourcesConfig(await fs.readFile(sourcesFile, "utf8"), {
    file: sourcesFile,
    baseDir: path.dirname(sourcesFile),
    env: {},
  });
  const scheduler: SourceScheduler = await startSourceScheduler({
    ...INSTANCE_QUEUE_OPTIONS,
    config,
    databaseUrl: url,
    isWorker,
  });
  cleanups.push(() => scheduler.stop(5_000));
  return scheduler;
}

async function countRows() {
  const { rows } = await getPool().query<{
    projects: number;
    nodes: number;
    runs: number;
  }>(
    `SELECT (SELECT count(*)::int FROM projects) AS projects, (SELECT count(*)::int FROM nodes) AS nodes,
            (SELECT count(*)::int FROM ingest_runs WHERE origin = 'pull') AS runs`,
  );
  return rows[0];
}

test("an instance killed in the middle of a scheduled pull: another completes it, and the project is never half-written", async () => {
  const url = await useTestDatabase();
  const sourcesFile = await writeSourcesFile();
  // The vocabulary lock is the last an ingest takes, after writing every
  // row and before its commit: held here, it stops the pull right there.
  const holder = new pg.Client({ connectionString: url });
  await holder.connect();
  cleanups.push(() => holder.end());
  await holder.query("SELECT pg_advisory_lock($1)", [VOCABULARY_LOCK]);

  const doomed = await startInstanceProcess(url, sourcesFile);
  const scheduler = await startInstanceHere(url, sourcesFile, false);
  expect(await scheduler.tick()).toEqual([PROJECT]);
  await vi.waitFor(async () => {
    const { rows } = await holder.query<{ waiting: number }>(
      "SELECT count(*)::int AS waiting FROM pg_locks WHERE locktype = 'advisory' AND objid = $1 AND NOT granted",
      [VOCABULARY_LOCK],
    );
    expect(rows[0]?.waiting).toBe(1);
  }, WAIT);
  // Its rows are written but not committed: nobody sees any of them.
  expect(await countRows()).toEqual({ projects: 0, nodes: 0, runs: 0 });

  await doomed.kill();
  await holder.query("SELECT pg_advisory_unlock($1)", [VOCABULARY_LOCK]);
  expect(await countRows()).toEqual({ projects: 0, nodes: 0, runs: 0 });

  await startInstanceHere(url, sourcesFile, true);
  await vi.waitFor(async () => {
    const { rows } = await getPool().query<{ state: string; retries: number }>(
      "SELECT state, retry_count AS retries FROM pgboss.job WHERE name = 'source-pull'",
    );
    expect(rows).toEqual([{ state: "completed", retries: 1 }]);
  }, WAIT);
  expect(await countRows()).toEqual({ projects: 1, nodes: 30, runs: 1 });
  const { rows } = await getPool().query<{ catalog: number; results: number }>(
    `SELECT (SELECT count(*)::int FROM catalog_entries) AS catalog, (SELECT count(*)::int FROM run_results) AS results`,
  );
  expect(rows[0]?.catalog).toBeGreaterThan(0);
  expect(rows[0]?.results).toBeGreaterThan(0);
});
