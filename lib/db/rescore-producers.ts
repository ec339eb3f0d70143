import "server-only";
import type pg from "pg";
import type { ProjectPolicy } from "@/lib/score/policy-types";
import { listFailingRules, summarizeRules } from "@/lib/score/evaluate";
import { rescoreConsumers } from "@/lib/score/rescore";
import {
  compactRules,
  expandRules,
  type StoredRuleResult,
} from "@/lib/score/stored-rules";
import type { Consumers, ProductScore } from "@/lib/score/types";
import { encodeJson as json } from "./copy";
import { productKey, readIncomingRefsOf } from "./incoming-refs";

type StoredRow = {
  project_id: number;
  unique_id: string;
  name: string;
  version: string | null;
  group_name: string | null;
  owners: string[];
  level: string | null;
  score: number;
  rules: StoredRuleResult[];
  consumers: Omit<Consumers, "otherProjects">;
  consumer_projects: string[];
  policy: ProjectPolicy;
};

function toScore(row: StoredRow): ProductScore {
  const rules = expandRules(row.rules, row.policy);
  return {
    uniqueId: row.unique_id,
    name: row.name,
    version: row.version,
    ...summarizeRules(rules, row.policy.levels),
    level: row.level,
    score: row.score,
    rules,
    owners: row.owners,
    groupName: row.group_name,
  };
}

/**
 * Judges "in use" again for the products of other projects whose consumers
 * an ingest may have changed: those this project refs now, and those it
 * counted as a consumer of before (refs it may have dropped). Everything else
 * about them keeps its result from their own last ingest. A changed level or
 * score adds a history row with cause "consumers". Returns how many products
 * were judged again.
 */
export async function rescoreProducers(
  client: pg.PoolClient,
  options: { projectId: number; projectName: string; now: Date },
): Promise<number> {
  const { projectId, projectName, now } = options;
  const affected = await client.query<StoredRow>(
    `SELECT ps.project_id, ps.unique_id, ps.name, ps.version, ps.group_name, ps.owners, ps.level, ps.score,
            ps.rules, ps.consumers, ps.consumer_projects, sp.policy
     FROM product_scores ps JOIN score_policies sp ON sp.project_id = ps.project_id
     WHERE ps.project_id <> $1
       AND (ps.consumer_projects @> ARRAY[$2]::text[]
            OR (ps.project_id, ps.unique_id) IN (
              SELECT n.project_id, n.unique_id FROM edges e JOIN nodes n ON n.id = e.parent_id
              WHERE e.project_id = $1 AND e.is_cross_project))
     ORDER BY ps.project_id, ps.unique_id`,
    [projectId, projectName],
  );
  if (affected.rows.length === 0) return 0;
  const refs = await readIncomingRefsOf(
    client,
    affected.rows.map((r) => ({
      projectId: r.project_id,
      uniqueId: r.unique_id,
    })),
  );
  for (const row of affected.rows) {
    const others = refs.get(productKey(row.project_id, row.unique_id)) ?? [];
    const before = toScore(row);
    const after = rescoreConsumers(
      before,
      { ...row.consumers, otherProjects: others },
      row.policy,
      { now },
    );
    const consumerProjects = [...new Set(others.map((r) => r.project))].sort();
    // Compared field by field: jsonb does not keep the key order JSON.stringify sees.
    const describe = (score: ProductScore) =>
      score.rules.map((r) => `${r.id}:${r.status}:${r.evidence}`).join("\n");
    const isSame =
      describe(after) === describe(before) &&
      consumerProjects.join() === row.consumer_projects.join();
    if (isSame) continue;
    await client.query(
      `UPDATE product_scores SET level = $3, score = $4, rules = $5, failing_rules = $6,
         consumer_projects = $7, scored_at = now()
       WHERE project_id = $1 AND unique_id = $2`,
      [
        row.project_id,
        row.unique_id,
        after.level,
        after.score,
        json(compactRules(after.rules)),
        listFailingRules(after),
        consumerProjects,
      ],
    );
    if (after.level !== before.level || after.score !== before.score)
      await client.query(
        `INSERT INTO product_score_history (project_id, unique_id, cause, level, score, failing_rules)
         VALUES ($1, $2, 'consumers', $3, $4, $5)`,
        [
          row.project_id,
          row.unique_id,
          after.level,
          after.score,
          listFailingRules(after),
        ],
      );
  }
  return affected.rows.length;
}
