import "server-only";
import type {
  CheckProblem,
  GovernanceReport,
  Severity,
  Violation,
} from "@/lib/governance/types";
import type { ViolationCounts } from "../governance-runs";
import { asRecord, readSnapshot } from "./read";

/** How many runs the trend shows. */
export const TREND_RUNS = 30;

export type GovernanceTrendPoint = {
  ranAt: string;
  cause: string;
  project: string | null;
} & ViolationCounts;

/** The latest governance run, for the mesh or one project, with its trend across earlier runs. */
export type GovernanceView = {
  run: {
    id: string;
    ranAt: string;
    cause: string;
    project: string | null;
    policySource: string;
    durationMs: number;
  };
  checks: GovernanceReport["checks"];
  problems: CheckProblem[];
  violations: Violation[];
  totals: ViolationCounts;
  /** Oldest first. */
  trend: GovernanceTrendPoint[];
};

type RunRow = {
  id: bigint;
  ran_at: Date;
  cause: string;
  project: string | null;
  policy_source: string;
  checks: unknown;
  problems: unknown;
  counts: unknown;
  duration_ms: number;
};

function sumCounts(
  counts: unknown,
  project: string | undefined,
): ViolationCounts {
  const total = { error: 0, warn: 0, excepted: 0 };
  for (const [name, value] of Object.entries(asRecord(counts))) {
    if (project !== undefined && name !== project) continue;
    const entry = asRecord(value);
    total.error += Number(entry.error ?? 0);
    total.warn += Number(entry.warn ?? 0);
    total.excepted += Number(entry.excepted ?? 0);
  }
  return total;
}

function asArray<T>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

/**
 * What the governance page and `GET /api/v1/governance` show: the latest
 * run's checks, violations (errors first) and problems, for the whole mesh
 * or one project, and the counts of the last TREND_RUNS runs. Null before
 * any run.
 */
export function getGovernance(
  project?: string,
): Promise<GovernanceView | null> {
  return readSnapshot(async (db) => {
    const runs = await db.$queryRawUnsafe<RunRow[]>(
      `SELECT id, ran_at, cause, project, policy_source, checks, problems, counts, duration_ms
       FROM governance_runs ORDER BY id DESC LIMIT ${TREND_RUNS}`,
    );
    const latest = runs[0];
    if (!latest) return null;
    const rows = await db.$queryRawUnsafe<
      {
        check_id: string;
        title: string;
        severity: string;
        error_from: string | null;
        project: string;
        unique_id: string | null;
        message: string;
        owners: string[];
        advice: string;
        exception: Violation["exception"];
      }[]
    >(
      `SELECT check_id, title, severity, error_from, project, unique_id, message, owners, advice, exception
       FROM governance_violations
       WHERE run_id = $1 AND ($2::text IS NULL OR project = $2)
       ORDER BY position`,
      latest.id,
      project ?? null,
    );
    return {
      run: {
        id: latest.id.toString(),
        ranAt: latest.ran_at.toISOString(),
        cause: latest.cause,
        project: latest.project,
        policySource: latest.policy_source,
        durationMs: latest.duration_ms,
      },
      checks: asArray(latest.checks),
      problems: asArray<CheckProblem>(latest.problems).filter(
        (p) =>
          project === undefined || p.project === null || p.project === project,
      ),
      violations: rows.map((r) => ({
        check: r.check_id,
        title: r.title,
        severity: r.severity as Severity,
        errorFrom: r.error_from,
        project: r.project,
        uniqueId: r.unique_id,
        message: r.message,
        owners: r.owners,
        advice: r.advice,
        exception: r.exception,
      })),
      totals: sumCounts(latest.counts, project),
      trend: runs
        .map((r) => ({
          ranAt: r.ran_at.toISOString(),
          cause: r.cause,
          project: r.project,
          ...sumCounts(r.counts, project),
        }))
        .reverse(),
    };
  });
}
