import type pg from "pg";
import { afterAll, beforeAll, expect, test } from "vitest";
import { ingestSampleMesh } from "@/lib/ingest/ingest-sample";
import { useTestDatabase } from "@/tests/db";
import { closeDb, getPool } from "./client";
import { readSnapshot } from "./queries/read";

let overlaps = 0;

beforeAll(async () => {
  await useTestDatabase();
  await ingestSampleMesh({ maxArtifactBytes: 64 * 1024 * 1024 });
  await closeDb(); // the next pool's every connection is watched
  // Counts, on the real pg clients, a query sent while the same connection
  // still runs another: what pg deprecates and pg 9 refuses.
  getPool().on("connect", (client: pg.PoolClient) => {
    let running = 0;
    const query = client.query.bind(client) as (
      ...args: unknown[]
    ) => Promise<unknown>;
    Object.assign(client, {
      query: (...args: unknown[]) => {
        if (running > 0) overlaps += 1;
        running += 1;
        return query(...args).finally(() => (running -= 1));
      },
    });
  });
});
afterAll(closeDb);

test("a read with sibling relations sends its connection one query at a time", async () => {
  const project = await readSnapshot((db) =>
    db.project.findUnique({
      where: { name: "platform" },
      select: {
        name: true,
        nodes: { select: { uniqueId: true }, take: 3 },
        groups: { select: { name: true } },
        packages: { select: { name: true } },
        productScores: { select: { uniqueId: true }, take: 3 },
      },
    }),
  );
  expect(project?.nodes).toHaveLength(3);
  expect(project?.groups.length).toBeGreaterThan(0);
  expect(overlaps).toBe(0);
});
