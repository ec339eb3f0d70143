import "server-only";
import { PASSING_STATUSES } from "@/lib/artifacts/run-statuses";
import { isOwnTestOf } from "./own-tests";
import type { Reader } from "./read";

/** Runs a page shows at most, however many the history keeps. */
export const RUNS_SHOWN = 30;

/** One of a node's past runs: its status and, for builds, how long it took. */
export type RunPoint = {
  generatedAt: string;
  invocationId: string;
  status: string;
  executionTime: number | null;
};

/** How a product's own tests did over its last runs, and its own build times. */
export type ProductRuns = {
  /** Runs (dbt invocations) in which at least one of its tests ran. */
  runs: number;
  /** Of those, the runs in which every one of its tests that ran passed. */
  passedRuns: number;
  /** Its own builds, oldest first. */
  builds: RunPoint[];
};

type PointRow = {
  generated_at: Date;
  invocation_id: string;
  status: string;
  execution_time: number | null;
};

function toPoint(row: PointRow): RunPoint {
  return {
    generatedAt: row.generated_at.toISOString(),
    invocationId: row.invocation_id,
    status: row.status,
    executionTime: row.execution_time,
  };
}

/** A node's last runs, oldest first. */
export async function readRunPoints(
  db: Reader,
  projectId: number,
  uniqueId: string,
): Promise<RunPoint[]> {
  const rows = await db.$queryRaw<PointRow[]>`
    SELECT generated_at, invocation_id, status, execution_time FROM run_history
    WHERE project_id = ${projectId} AND unique_id = ${uniqueId}
    ORDER BY generated_at DESC, invocation_id DESC LIMIT ${RUNS_SHOWN}`;
  return rows.reverse().map(toPoint);
}

/**
 * A product's last runs: in how many of the last runs of its own tests
 * (`isOwnTestOf`) every test passed, by the one reading of a
 * test status (`PASSING_STATUSES`), and its own build times.
 */
export async function readProductRuns(
  db: Reader,
  node: { id: bigint; projectId: number; uniqueId: string },
): Promise<ProductRuns> {
  const passed = [...PASSING_STATUSES];
  const [counts] = await db.$queryRaw<{ runs: number; passed: number }[]>`
    WITH own AS (
      SELECT n.unique_id FROM tests t JOIN nodes n ON n.id = t.node_id
      WHERE ${isOwnTestOf(node.id)}),
    runs AS (
      SELECT h.invocation_id, max(h.generated_at) AS at,
             bool_and(lower(trim(h.status)) = ANY(${passed}::text[])) AS passed
      FROM run_history h JOIN own ON own.unique_id = h.unique_id
      WHERE h.project_id = ${node.projectId}
      GROUP BY h.invocation_id ORDER BY at DESC LIMIT ${RUNS_SHOWN})
    SELECT count(*)::int AS runs, count(*) FILTER (WHERE passed)::int AS passed FROM runs`;
  const builds = await readRunPoints(db, node.projectId, node.uniqueId);
  return {
    runs: counts?.runs ?? 0,
    passedRuns: counts?.passed ?? 0,
    builds,
  };
}
