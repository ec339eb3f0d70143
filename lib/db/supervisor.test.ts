import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import {
  getStatus,
  pollUntil,
  spawnCatalogProcess,
  type CatalogProcess,
} from "@/tests/spawn-catalog";
import { readPostmasterState } from "./postgres-process";
import { isAlive } from "./process-identity";

// Each step starts processes and PostgreSQL on a shared two-core machine.
const GENEROUS_MS = 300_000;

describe("the embedded cluster belongs to nobody in particular", () => {
  let dir: string;
  const processes: CatalogProcess[] = [];
  const readPostmaster = () => readPostmasterState(path.join(dir, "pg"));
  afterAll(async () => {
    for (const { child } of processes) child.kill("SIGKILL");
    const state = dir ? readPostmaster() : undefined;
    if (state && isAlive(state.pid)) process.kill(state.pid, "SIGQUIT");
    if (state)
      await pollUntil(
        () => isAlive(state.pid),
        (alive) => !alive,
      );
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  /** Waits for a postmaster other than `previous` to run, and the server to answer through it. */
  async function expectRecovery(server: CatalogProcess, previous: number) {
    await pollUntil(
      () => readPostmaster(),
      (state) =>
        state !== undefined &&
        state.pid !== previous &&
        state.status === "ready" &&
        isAlive(state.pid),
    );
    const statuses = await pollUntil(
      () => getStatus(server.port, "/api/v1/projects"),
      (status) => status === 200,
    );
    // Meanwhile: "not available", never a 500.
    expect(
      statuses.filter((status) => status !== 200 && status !== 503),
    ).toEqual([]);
  }

  async function start(mode: "cli" | "server"): Promise<CatalogProcess> {
    const started = await spawnCatalogProcess(mode, { CATALOG_DATA_DIR: dir });
    processes.push(started);
    return started;
  }

  test(
    "the catalog answers again after its first user, its postmaster and its first server are killed in turn",
    async () => {
      dir = await fs.mkdtemp(path.join(os.tmpdir(), "supervisor-test-"));
      await fs.chmod(dir, 0o755);

      // `npm run ingest` starts the cluster, a server joins, the ingest ends.
      const cli = await start("cli");
      const started = readPostmaster()?.pid ?? 0;
      const first = await start("server");
      await pollUntil(
        () => getStatus(first.port, "/api/ready"),
        (s) => s === 200,
      );
      cli.child.stdin?.write("done\n");
      expect(await cli.exited).toBe(0);
      expect(isAlive(started)).toBe(true);
      expect(await getStatus(first.port, "/api/v1/projects")).toBe(200);

      // The postmaster dies: the server starts it again and answers.
      process.kill(started, "SIGKILL");
      await expectRecovery(first, started);

      // A second server joins; the first, whose child the postmaster now is, dies without a word.
      const second = await start("server");
      await pollUntil(
        () => getStatus(second.port, "/api/ready"),
        (s) => s === 200,
      );
      const restarted = readPostmaster()?.pid ?? 0;
      first.child.kill("SIGKILL");
      await first.exited;
      expect(isAlive(restarted)).toBe(true);
      expect(await getStatus(second.port, "/api/v1/projects")).toBe(200);

      // Its orphaned postmaster dies too: the second server brings it back.
      process.kill(restarted, "SIGKILL");
      await expectRecovery(second, restarted);

      // The last one to leave stops the cluster.
      const last = readPostmaster()?.pid ?? 0;
      second.child.kill("SIGTERM");
      await second.exited;
      await pollUntil(
        () => isAlive(last),
        (alive) => !alive,
      );
    },
    GENEROUS_MS,
  );

  test(
    "a server whose database never comes back reports not ready (503), then exits",
    async () => {
      const server = await spawnCatalogProcess("server", {
        // Nothing listens on port 1.
        DATABASE_URL: "postgresql://postgres:x@127.0.0.1:1/catalog",
        GIVE_UP_AFTER_MS: "3000",
      });
      processes.push(server);
      expect(await getStatus(server.port, "/api/ready")).toBe(503);
      expect(await server.exited).toBe(1);
    },
    GENEROUS_MS,
  );
});
