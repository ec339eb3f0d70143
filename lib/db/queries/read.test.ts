import { afterAll, beforeAll, expect, test } from "vitest";
import { useTestDatabase } from "@/tests/db";
import { closeDb, getPool } from "../client";
import { readSnapshot } from "./read";

beforeAll(useTestDatabase);
afterAll(closeDb);

test("every statement of a read is bounded, and only inside the read", async () => {
  const inside = await readSnapshot((db) =>
    db.$queryRawUnsafe<{ statement_timeout: string }[]>(
      "SHOW statement_timeout",
    ),
  );
  expect(inside[0]?.statement_timeout).toBe("10s");
  // SET LOCAL ends with the transaction: the pooled connection is unbounded again.
  const { rows } = await getPool().query<{ statement_timeout: string }>(
    "SHOW statement_timeout",
  );
  expect(rows[0]?.statement_timeout).toBe("0");
});
