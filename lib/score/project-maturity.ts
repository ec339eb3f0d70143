import type { PolicyLevel } from "./policy-types";

/** How many of a project's products reached one level (null: below the first), and their scores' sum. */
export type LevelTally = {
  level: string | null;
  count: number;
  scoreSum: number;
};

/**
 * The average score of a set of products: the mean of their scores, rounded
 * to a whole number; 0 when there are none. Every page that shows an average
 * (scoreboard, its trend, the mesh map) takes it from here.
 */
export function computeAverageScore(
  tallies: readonly Pick<LevelTally, "count" | "scoreSum">[],
): number {
  const count = tallies.reduce((sum, t) => sum + t.count, 0);
  const scoreSum = tallies.reduce((sum, t) => sum + t.scoreSum, 0);
  return count === 0 ? 0 : Math.round(scoreSum / count);
}

/** Products tallied by level, with the sum of their scores. */
export function tallyByLevel(
  products: readonly { level: string | null; score: number }[],
): LevelTally[] {
  const byLevel = new Map<string | null, LevelTally>();
  for (const { level, score } of products) {
    const tally = byLevel.get(level) ?? { level, count: 0, scoreSum: 0 };
    tally.count += 1;
    tally.scoreSum += score;
    byLevel.set(level, tally);
  }
  return [...byLevel.values()];
}

export type ProjectMaturity = {
  products: number;
  /** Mean score of the products, 0–100, rounded. */
  averageScore: number;
  /** The level its products reach on average; null when that is below the first level. */
  level: PolicyLevel | null;
};

/**
 * A project's maturity at a glance: its products' average score, and the
 * level they reach on average, counting each product's level by its rank in
 * the project's policy (below the first level counts 0, the first 1, ...) and
 * rounding the mean rank to the nearest level. A level the policy no longer
 * has counts as below the first. Null for a project without scored products.
 */
export function summarizeProjectMaturity(
  levels: readonly PolicyLevel[],
  tallies: readonly LevelTally[],
): ProjectMaturity | null {
  const products = tallies.reduce((sum, t) => sum + t.count, 0);
  if (products === 0) return null;
  const rankOf = (id: string | null) =>
    id === null ? 0 : levels.findIndex((l) => l.id === id) + 1;
  const rankSum = tallies.reduce(
    (sum, t) => sum + rankOf(t.level) * t.count,
    0,
  );
  const rank = Math.round(rankSum / products);
  return {
    products,
    averageScore: computeAverageScore(tallies),
    level: rank === 0 ? null : (levels[rank - 1] ?? null),
  };
}
