import { afterAll, beforeAll, expect, test } from "vitest";
import { useTestDatabase } from "@/tests/db";
import { closeDb, getPool } from "./client";
import { copyRows, type CopyValue } from "./copy";

beforeAll(useTestDatabase);
afterAll(closeDb);

/** Rows until the n-th, then what a hostile manifest did: a throw mid-COPY. */
function* rowsFailingAt(n: number): Generator<CopyValue[]> {
  for (let i = 0; i < n; i++) yield [i, `row ${i}`];
  throw new RangeError("Maximum call stack size exceeded");
}

test("a row that fails mid-COPY ends the COPY; the transaction rolls back and frees its locks and connection", async () => {
  const pool = getPool();
  await pool.query("CREATE TABLE copy_probe (id int, label text)");
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock(4242)");
    await expect(
      // Enough rows to have flushed chunks before the failure.
      copyRows(client, "copy_probe", ["id", "label"], rowsFailingAt(200_000)),
    ).rejects.toThrow("Maximum call stack size exceeded");
    await client.query("ROLLBACK");
    const { rows } = await client.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM copy_probe",
    );
    expect(rows[0]?.n).toBe(0);
  } finally {
    client.release();
  }
  // Another session gets the lock at once: nothing still holds it.
  const { rows } = await pool.query<{ got: boolean }>(
    "SELECT pg_try_advisory_lock(4242) AS got",
  );
  expect(rows[0]?.got).toBe(true);
});

test("rows that all encode are copied and counted", async () => {
  const client = await getPool().connect();
  try {
    const count = await copyRows(
      client,
      "copy_probe",
      ["id", "label"],
      [
        [1, "tab\there"],
        [2, null],
      ],
    );
    expect(count).toBe(2);
  } finally {
    client.release();
  }
  const { rows } = await getPool().query<{ label: string | null }>(
    "SELECT label FROM copy_probe ORDER BY id",
  );
  expect(rows.map((r) => r.label)).toEqual(["tab\there", null]);
});
