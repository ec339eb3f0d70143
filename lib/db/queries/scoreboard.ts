import "server-only";
import type { PolicyLevel } from "@/lib/score/policy-types";
import { findRuleKind } from "@/lib/score/rules";
import {
  computeAverageScore,
  tallyByLevel,
  type LevelTally,
} from "@/lib/score/project-maturity";
import type { Severity } from "@/lib/score/types";
import { inSequence, readSnapshot, type Reader } from "./read";
import { readProjectPolicy } from "./scores";
import { sortByLevel, type ProductSummary } from "./product-lists";

export type LevelCount = {
  /** A level id, or null for products below the first level. */
  level: string | null;
  count: number;
};

export type TrendPoint = {
  recordedAt: string;
  products: number;
  averageScore: number;
  /** Products per level id ("none" for those below the first level). */
  levels: Record<string, number>;
};

export type ProjectScoreboard = {
  project: string;
  levels: PolicyLevel[];
  policySource: string;
  /** The products' average score now (`computeAverageScore`), as the trend's last point. */
  averageScore: number;
  /** Every level, lowest first, then the products below the first level (level null). */
  distribution: LevelCount[];
  products: ProductSummary[];
  /** Rules failed by most products now, most common first. */
  commonFailures: CommonFailure[];
  /** The project's products after each of its last ingests, oldest first, ending at its current scores. */
  trend: TrendPoint[];
};

export type CommonFailure = {
  ruleId: string;
  title: string;
  /** How many of the project's products fail it now. */
  count: number;
  /** The level that needs it, and whether failing it blocks that level. */
  level: string;
  severity: Severity;
  /** The rule's general advice (a product's own may say more). */
  advice: string;
};

const TREND_INGESTS = 30;
const TOP_FAILURES = 10;

type TrendRow = {
  recorded_at: Date;
  level: string | null;
  n: number;
  total: number;
};

function toTrendPoint(recordedAt: Date, tallies: LevelTally[]): TrendPoint {
  return {
    recordedAt: recordedAt.toISOString(),
    products: tallies.reduce((sum, t) => sum + t.count, 0),
    averageScore: computeAverageScore(tallies),
    levels: Object.fromEntries(
      tallies.map((t) => [t.level ?? "none", t.count]),
    ),
  };
}

/**
 * The project's products after each of its last ingests, ending at its
 * current scores: another project's ingest may have judged "in use" again
 * since (history rows with cause "consumers"), and the trend's last point
 * must be what the page shows now.
 */
async function readTrend(
  db: Reader,
  projectId: number,
  current: { tallies: LevelTally[] },
): Promise<TrendPoint[]> {
  const [rows, latest] = await inSequence(
    () => db.$queryRaw<TrendRow[]>`
      WITH ingests AS (
        SELECT DISTINCT recorded_at FROM product_score_history
        WHERE project_id = ${projectId} AND cause = 'ingest'
        ORDER BY recorded_at DESC LIMIT ${TREND_INGESTS})
      SELECT h.recorded_at, h.level, count(*)::int AS n, sum(h.score)::int AS total
      FROM product_score_history h JOIN ingests i ON i.recorded_at = h.recorded_at
      WHERE h.project_id = ${projectId} AND h.cause = 'ingest'
      GROUP BY h.recorded_at, h.level ORDER BY h.recorded_at`,
    () => db.$queryRaw<{ at: Date | null }[]>`
      SELECT max(recorded_at) AS at FROM product_score_history
      WHERE project_id = ${projectId}`,
  );
  const byTime = new Map<number, { at: Date; tallies: LevelTally[] }>();
  for (const row of rows) {
    const key = row.recorded_at.getTime();
    const point = byTime.get(key) ?? { at: row.recorded_at, tallies: [] };
    point.tallies.push({ level: row.level, count: row.n, scoreSum: row.total });
    byTime.set(key, point);
  }
  const points = [...byTime.values()];
  const latestAt = latest[0]?.at;
  if (latestAt && current.tallies.length > 0) {
    if (points.at(-1)?.at.getTime() === latestAt.getTime()) points.pop();
    else if (points.length === TREND_INGESTS) points.shift();
    points.push({ at: latestAt, tallies: current.tallies });
  }
  return points.map((p) => toTrendPoint(p.at, p.tallies));
}

async function readCommonFailures(
  db: Reader,
  projectId: number,
): Promise<ProjectScoreboard["commonFailures"]> {
  const rows = await db.$queryRaw<{ rule_id: string; n: number }[]>`
    SELECT f.rule_id, count(*)::int AS n
    FROM product_scores ps, unnest(ps.failing_rules) AS f(rule_id)
    WHERE ps.project_id = ${projectId}
    GROUP BY f.rule_id ORDER BY n DESC, f.rule_id LIMIT ${TOP_FAILURES}`;
  const policy = await readProjectPolicy(db, projectId);
  const byId = new Map((policy?.rules ?? []).map((r) => [r.id, r]));
  return rows.map((r) => {
    const rule = byId.get(r.rule_id);
    return {
      ruleId: r.rule_id,
      title: rule?.title ?? r.rule_id,
      count: r.n,
      level: rule?.level ?? "",
      severity: rule?.severity ?? "error",
      advice: findRuleKind(rule?.kind ?? r.rule_id)?.advice ?? "",
    };
  });
}

function countLevels(
  products: ProductSummary[],
  levels: PolicyLevel[],
): LevelCount[] {
  const counts: LevelCount[] = [
    ...levels.map((l) => ({ level: l.id, count: 0 })),
    { level: null, count: 0 },
  ];
  for (const product of products) {
    const entry = counts.find((c) => c.level === product.level);
    if (entry) entry.count++;
  }
  return counts;
}

/**
 * A project's scoreboard: its products by level (best first), how many sit
 * at each level, the rules most of them fail, and the trend over its last
 * ingests. Null when the project was never ingested.
 */
export function getProjectScoreboard(
  project: string,
): Promise<ProjectScoreboard | null> {
  return readSnapshot(async (db) => {
    const row = await db.project.findUnique({
      where: { name: project },
      select: { id: true },
    });
    if (!row) return null;
    const [policy, products, commonFailures] = await inSequence(
      () => readProjectPolicy(db, row.id),
      () =>
        db.productScore.findMany({
          where: { projectId: row.id },
          select: {
            uniqueId: true,
            name: true,
            version: true,
            level: true,
            score: true,
            owners: true,
            groupName: true,
            failingRules: true,
          },
        }),
      () => readCommonFailures(db, row.id),
    );
    const tallies = tallyByLevel(products);
    const trend = await readTrend(db, row.id, { tallies });
    const levels = policy?.levels ?? [];
    const summaries = sortByLevel(
      products.map((p) => ({ ...p, project, failing: p.failingRules.length })),
      levels,
    ).map(({ failingRules: _failing, ...summary }) => summary);
    return {
      project,
      levels,
      policySource: policy?.source ?? "",
      distribution: countLevels(summaries, levels),
      averageScore: computeAverageScore(tallies),
      products: summaries,
      commonFailures,
      trend,
    };
  });
}
