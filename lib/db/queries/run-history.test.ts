import { afterAll, beforeAll, expect, test } from "vitest";
import { closeDb, getPool } from "@/lib/db/client";
import { recordRunHistory } from "@/lib/db/run-history";
import { useTestDatabase } from "@/tests/db";
import { loadFixtureJson } from "@/tests/fixture-files";
import { readFixtureDir } from "@/tests/fixtures";
import { ingest, jsonArtifact } from "@/tests/ingest";
import { getModelPage } from "./model-page";
import { getNode } from "./nodes";

const C24 = "c24-workshops-sales";
const UNIQUE =
  "test.acme_sales.unique_dim_customers_v2_customer_key.6ef61552c6";

type RunResults = {
  metadata: { generated_at: string; invocation_id: string };
  results: { unique_id: string; status: string; execution_time: number }[];
};

/** The fixture's run, as if run again on `day` (its unique test failing when asked). */
function runOn(day: number, isUniqueFailing = false) {
  const run = loadFixtureJson(`${C24}/run_results.json`) as RunResults;
  run.metadata.generated_at = `2024-09-${String(day).padStart(2, "0")}T20:00:00Z`;
  run.metadata.invocation_id = `00000000-0000-0000-0000-0000000000${day}`;
  for (const result of run.results) {
    if (result.unique_id === "model.acme_sales.dim_customers.v2")
      result.execution_time = day;
    if (isUniqueFailing && result.unique_id === UNIQUE) result.status = "fail";
  }
  return {
    ...readFixtureDir(C24),
    run_results: jsonArtifact("run_results.json", run),
  };
}

beforeAll(async () => {
  await useTestDatabase();
  await ingest(runOn(20));
  await ingest(runOn(21, true));
  await ingest(runOn(22));
  // A manifest alone: its results are carried over, not a new run.
  const { run_results: _none, ...manifestOnly } = readFixtureDir(C24);
  await ingest(manifestOnly);
});
afterAll(closeDb);

test("a product says in how many of its last runs its tests passed, and how long it took to build", async () => {
  const page = await getModelPage("acme_sales", "dim_customers");
  expect(page?.product?.runs).toMatchObject({ runs: 3, passedRuns: 2 });
  expect(page?.product?.runs.builds.map((b) => b.executionTime)).toEqual([
    20, 21, 22,
  ]);
});

test("a test's page has its own history, oldest first", async () => {
  const node = await getNode("acme_sales", UNIQUE);
  expect(node?.runHistory.map((r) => r.status)).toEqual([
    "pass",
    "fail",
    "pass",
  ]);
});

test("the history keeps only the last runs of each node", async () => {
  const pool = getPool();
  const project = await pool.query<{ id: number }>(
    "SELECT id FROM projects WHERE name = 'acme_sales'",
  );
  const client = await pool.connect();
  try {
    await recordRunHistory(client, project.rows[0]?.id ?? 0, 2);
  } finally {
    client.release();
  }
  const kept = await pool.query<{ most: number; oldest: Date }>(
    `SELECT max(n)::int AS most, min(oldest) AS oldest FROM (
       SELECT count(*) AS n, min(generated_at) AS oldest FROM run_history GROUP BY unique_id) x`,
  );
  expect(kept.rows[0]?.most).toBe(2);
  expect(kept.rows[0]?.oldest.toISOString()).toBe("2024-09-21T20:00:00.000Z");
});
