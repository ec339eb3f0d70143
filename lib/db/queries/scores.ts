import "server-only";
import type { PolicyLevel, ProjectPolicy } from "@/lib/score/policy-types";
import { summarizeRules } from "@/lib/score/evaluate";
import { expandRules, type StoredRuleResult } from "@/lib/score/stored-rules";
import type { ProductScore } from "@/lib/score/types";
import { inSequence, readSnapshot, toIso, type Reader } from "./read";

/** A stored score as pages read it: the score, where and when it was taken, and by which policy. */
export type ProductScoreView = ProductScore & {
  project: string;
  scoredAt: string;
  /** The levels of the policy the product was scored by, lowest first. */
  levels: PolicyLevel[];
  policySource: string;
};

export type ScorePoint = {
  recordedAt: string;
  level: string | null;
  score: number;
  /** "ingest": its project was ingested; "consumers": another project's refs to it changed. */
  cause: string;
};

/** The stored policy of a project, as pages show it (levels, rules, exceptions). */
export async function readProjectPolicy(
  db: Reader,
  projectId: number,
): Promise<ProjectPolicy | null> {
  const row = await db.scorePolicy.findUnique({
    where: { projectId },
    select: { policy: true },
  });
  return row ? (row.policy as ProjectPolicy) : null;
}

export async function readProductScore(
  db: Reader,
  project: string,
  uniqueId: string,
): Promise<ProductScoreView | null> {
  const row = await db.productScore.findFirst({
    where: { project: { name: project }, uniqueId },
    select: {
      projectId: true,
      uniqueId: true,
      name: true,
      version: true,
      level: true,
      score: true,
      rules: true,
      owners: true,
      groupName: true,
      scoredAt: true,
    },
  });
  if (!row) return null;
  const policy = await readProjectPolicy(db, row.projectId);
  const levels = policy?.levels ?? [];
  const rules = expandRules(row.rules as StoredRuleResult[], policy);
  return {
    project,
    uniqueId: row.uniqueId,
    name: row.name,
    version: row.version,
    level: row.level,
    score: row.score,
    rules,
    nextLevel: summarizeRules(rules, levels).nextLevel,
    owners: row.owners,
    groupName: row.groupName,
    scoredAt: row.scoredAt.toISOString(),
    levels,
    policySource: policy?.source ?? "",
  };
}

export async function readScoreHistory(
  db: Reader,
  project: string,
  uniqueId: string,
  limit = 50,
): Promise<ScorePoint[]> {
  const rows = await db.productScoreHistory.findMany({
    where: { project: { name: project }, uniqueId },
    orderBy: [{ recordedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { recordedAt: true, level: true, score: true, cause: true },
  });
  return rows.reverse().map((r) => ({
    recordedAt: toIso(r.recordedAt) ?? "",
    level: r.level,
    score: r.score,
    cause: r.cause,
  }));
}

/**
 * A data product's current maturity: level, score, every rule with its
 * evidence and advice, what the next level needs, and the policy's levels.
 * Null when the node is not a product (or does not exist).
 */
export function getProductScore(
  project: string,
  uniqueId: string,
): Promise<ProductScoreView | null> {
  return readSnapshot((db) => readProductScore(db, project, uniqueId));
}

/** A product's score after each ingest that touched it, oldest first (the last `limit` points). */
export function getScoreHistory(
  project: string,
  uniqueId: string,
  limit = 50,
): Promise<ScorePoint[]> {
  return readSnapshot((db) => readScoreHistory(db, project, uniqueId, limit));
}

/** Both at once, from one snapshot: what a product page's score section needs. */
export function getProductScoreWithHistory(
  project: string,
  uniqueId: string,
): Promise<{ score: ProductScoreView; history: ScorePoint[] } | null> {
  return readSnapshot(async (db) => {
    const [score, history] = await inSequence(
      () => readProductScore(db, project, uniqueId),
      () => readScoreHistory(db, project, uniqueId),
    );
    return score ? { score, history } : null;
  });
}
