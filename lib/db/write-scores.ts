import "server-only";
import type pg from "pg";
import type { PreparedScores } from "@/lib/score/score-project";
import { listFailingRules } from "@/lib/score/evaluate";
import { compactRules } from "@/lib/score/stored-rules";
import type { Consumers, ProductScore } from "@/lib/score/types";
import { copyRows, encodeJson as json, type CopyValue } from "./copy";
import { readIncomingRefs } from "./incoming-refs";
import { rescoreProducers } from "./rescore-producers";

export type ScoreWriteResult = {
  products: number;
  /** Other projects' products whose "in use" was judged again because this project's refs to them changed. */
  rescoredProducers: number;
};

const SCORE_COLUMNS = [
  "project_id",
  "unique_id",
  "name",
  "version",
  "group_name",
  "owners",
  "level",
  "score",
  "rules",
  "failing_rules",
  "consumers",
  "consumer_projects",
] as const;

/** The project's own consumers, stored to judge "in use" again later; other projects' come from edges. */
function toStoredConsumers(
  consumers: Omit<Consumers, "otherProjects">,
): Omit<Consumers, "otherProjects"> {
  return { local: consumers.local, exposures: consumers.exposures };
}

function scoreRow(
  projectId: number,
  score: ProductScore,
  consumers: Consumers,
): CopyValue[] {
  return [
    projectId,
    score.uniqueId,
    score.name,
    score.version,
    score.groupName,
    score.owners,
    score.level,
    score.score,
    json(compactRules(score.rules)),
    listFailingRules(score),
    json(toStoredConsumers(consumers)),
    [...new Set((consumers.otherProjects ?? []).map((c) => c.project))].sort(),
  ];
}

/**
 * Scores a project's data products inside its ingest transaction (after its
 * rows are written and cross-project edges resolved), stores the current
 * scores, a history row per product, and the policy they were scored by;
 * then judges "in use" again for other projects' products whose consumers
 * this ingest changed.
 */
export async function writeProductScores(
  client: pg.PoolClient,
  options: {
    projectId: number;
    projectName: string;
    prepared: PreparedScores;
    policyHash: string;
    now: Date;
  },
): Promise<ScoreWriteResult> {
  const { projectId, prepared, now } = options;
  const incoming = await readIncomingRefs(client, projectId);
  const scored = prepared.score(incoming);
  await copyRows(
    client,
    "product_scores",
    SCORE_COLUMNS,
    scored.map(({ score, consumers }) => scoreRow(projectId, score, consumers)),
  );
  await copyRows(
    client,
    "product_score_history",
    ["project_id", "unique_id", "cause", "level", "score", "failing_rules"],
    scored.map(({ score }) => [
      projectId,
      score.uniqueId,
      "ingest",
      score.level,
      score.score,
      listFailingRules(score),
    ]),
  );
  await client.query(
    `INSERT INTO score_policies (project_id, source, hash, policy, updated_at) VALUES ($1, $2, $3, $4, now())
     ON CONFLICT (project_id) DO UPDATE SET source = EXCLUDED.source, hash = EXCLUDED.hash, policy = EXCLUDED.policy, updated_at = now()`,
    [
      projectId,
      prepared.policy.source,
      options.policyHash,
      json(prepared.policy),
    ],
  );
  const rescoredProducers = await rescoreProducers(client, {
    projectId,
    projectName: options.projectName,
    now,
  });
  return { products: scored.length, rescoredProducers };
}
