import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, test } from "vitest";
import { startEmbeddedCluster, type EmbeddedCluster } from "./embedded";
import { readPostmasterState } from "./postgres-process";
import { isAlive } from "./process-identity";

async function queryDatabaseName(url: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ db: string }>(
      "SELECT current_database() AS db",
    );
    return result.rows[0]?.db;
  } finally {
    await client.end();
  }
}

describe("the embedded cluster", () => {
  let dir: string;
  let clusterDir: string;
  const users: EmbeddedCluster[] = [];
  const readPid = () => readPostmasterState(clusterDir)?.pid ?? 0;
  afterAll(async () => {
    for (const user of users) await user.stop();
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  test("a second start finds the running cluster and joins it instead of starting another", async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "embedded-test-"));
    await fs.chmod(dir, 0o755);
    clusterDir = path.join(dir, "pg");
    const beforeExitListeners = process.listenerCount("beforeExit");
    const first = await startEmbeddedCluster(dir, { isEphemeral: true });
    const joiner = await startEmbeddedCluster(dir, { isEphemeral: true });
    users.push(first, joiner);
    expect(first.hasStarted).toBe(true);
    expect(joiner.hasStarted).toBe(false);
    expect(new URL(joiner.url).port).toBe(new URL(first.url).port);
    // Nothing may decide this process's exit code for it (a hook on beforeExit did, once).
    expect(process.listenerCount("beforeExit")).toBe(beforeExitListeners);
    expect(await queryDatabaseName(joiner.url)).toBe("catalog");
  });

  test("the one that started it leaves and it keeps running for the other; the last to leave stops it", async () => {
    const [first, joiner] = users.splice(0, 2);
    const pid = readPid();
    await first?.stop();
    expect(isAlive(pid)).toBe(true);
    expect(await queryDatabaseName(joiner?.url ?? "")).toBe("catalog");
    await joiner?.stop();
    expect(isAlive(pid)).toBe(false);
    const again = await startEmbeddedCluster(dir, { isEphemeral: true });
    users.push(again);
    expect(again.hasStarted).toBe(true);
  });

  test("a killed postmaster is started again on the same data", async () => {
    const [user] = users;
    const killed = readPid();
    process.kill(killed, "SIGKILL");
    await waitUntilGone(killed);
    const url = await user!.ensureRunning();
    expect(readPid()).not.toBe(killed);
    expect(await queryDatabaseName(url)).toBe("catalog");
  });

  test("a start while the cluster is shutting down waits for it to go and starts it again", async () => {
    const stopping = readPid();
    process.kill(stopping, "SIGINT");
    const next = await startEmbeddedCluster(dir, { isEphemeral: true });
    users.push(next);
    expect(next.hasStarted).toBe(true);
    expect(isAlive(stopping)).toBe(false);
    expect(await queryDatabaseName(next.url)).toBe("catalog");
  });
});

async function waitUntilGone(pid: number): Promise<void> {
  while (isAlive(pid)) await new Promise((resolve) => setTimeout(resolve, 50));
}

// Only root hands the cluster to the `postgres` user; CI runs as root.
test.skipIf(process.getuid?.() !== 0)(
  "as root, a data directory the postgres user cannot reach is refused, naming the folder and the way out",
  async () => {
    const closed = await fs.mkdtemp(path.join(os.tmpdir(), "closed-"));
    await fs.chmod(closed, 0o700);
    try {
      const start = startEmbeddedCluster(path.join(closed, "data"), {
        isEphemeral: true,
      });
      await expect(start).rejects.toThrow(
        `the "postgres" system user (PostgreSQL refuses to run as root), and that user may not enter ${closed}. Set CATALOG_DATA_DIR`,
      );
    } finally {
      await fs.rm(closed, { recursive: true, force: true });
    }
  },
);
