import { afterAll, beforeAll, expect, test } from "vitest";
import { useTestDatabase } from "@/tests/db";
import { cancelOnAbort } from "./cancel";
import { closeDb, getPool } from "./client";

beforeAll(useTestDatabase);
afterAll(closeDb);

test("a query whose caller went away is cancelled, and its connection is free again", async () => {
  const client = await getPool().connect();
  const controller = new AbortController();
  const stop = cancelOnAbort(client, controller.signal);
  try {
    const sleeping = client.query("SELECT pg_sleep(60)");
    // Aborted once the query is running on the server.
    for (;;) {
      const { rows } = await getPool().query<{ n: number }>(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE query = 'SELECT pg_sleep(60)' AND state = 'active'",
      );
      if (rows[0]?.n) break;
    }
    controller.abort();
    await expect(sleeping).rejects.toMatchObject({ code: "57014" });
    const { rows } = await client.query<{ ok: number }>("SELECT 1 AS ok");
    expect(rows[0]?.ok).toBe(1);
  } finally {
    stop();
    client.release();
  }
});
