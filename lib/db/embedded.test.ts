import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, test } from "vitest";
import { startEmbeddedCluster, type EmbeddedCluster } from "./embedded";

describe("the embedded cluster", () => {
  let dir: string;
  let owner: EmbeddedCluster | undefined;
  afterAll(async () => {
    await owner?.stop();
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  test("a second start finds the running cluster and joins it instead of starting another", async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "embedded-test-"));
    await fs.chmod(dir, 0o755);
    const beforeExitListeners = process.listenerCount("beforeExit");
    owner = await startEmbeddedCluster(dir, { isEphemeral: true });
    const joiner = await startEmbeddedCluster(dir, { isEphemeral: true });
    expect(owner.isOwner).toBe(true);
    expect(joiner.isOwner).toBe(false);
    expect(new URL(joiner.url).port).toBe(new URL(owner.url).port);
    // Nothing may decide this process's exit code for it (a hook on beforeExit did, once).
    expect(process.listenerCount("beforeExit")).toBe(beforeExitListeners);
    const client = new pg.Client({ connectionString: joiner.url });
    await client.connect();
    const result = await client.query<{ db: string }>(
      "SELECT current_database() AS db",
    );
    await client.end();
    expect(result.rows[0]?.db).toBe("catalog");
  });

  test("the owner stops it; the next start starts it again on the same data", async () => {
    const exitListeners = process.listenerCount("exit");
    await owner?.stop();
    expect(process.listenerCount("exit")).toBe(exitListeners - 1);
    owner = await startEmbeddedCluster(dir, { isEphemeral: true });
    expect(owner.isOwner).toBe(true);
  });
});

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
