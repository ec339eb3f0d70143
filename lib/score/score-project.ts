import type { ProjectSnapshot } from "@/lib/mesh/snapshot";
import { compilePolicy, scoreProduct } from "./evaluate";
import { buildProductFacts } from "./facts";
import type { Policy, ProjectPolicy } from "./policy-types";
import { resolvePolicy } from "./policy-resolve";
import { isDataProduct } from "./products";
import { ProjectIndex } from "./project-index";
import { rescoreConsumers } from "./rescore";
import type {
  ConsumerRef,
  Consumers,
  ProductScore,
  ScoreContext,
} from "./types";

/** A product's score with the consumers it was judged on (stored to judge "in use" again). */
export type ScoredProduct = { score: ProductScore; consumers: Consumers };

/** A project's products scored on everything but other projects' refs. */
export type PreparedScores = {
  policy: ProjectPolicy;
  /** unique_ids of the project's data products. */
  productIds: ReadonlySet<string>;
  /**
   * Every product's score. `otherProjects` maps a product's unique_id to the
   * nodes of other projects that ref it; null when they are unknown (offline).
   */
  score: (
    otherProjects: ReadonlyMap<string, ConsumerRef[]> | null,
  ) => ScoredProduct[];
};

/**
 * Finds a project's data products and scores them in one pass over the
 * snapshot, with refs from other projects unknown. That is all the work but
 * "in use", done before the caller knows those refs: at ingest, before the
 * write transaction begins, which then only judges "in use" again.
 */
export function prepareProjectScores(
  snapshot: ProjectSnapshot,
  policy: Policy,
  context: ScoreContext,
): PreparedScores {
  return toPreparedScores(scoreOffline(snapshot, policy, context), context);
}

/** The products of a project scored with other projects' refs unknown: plain data, which can cross threads. */
export type OfflineScores = { policy: ProjectPolicy; offline: ScoredProduct[] };

/** The whole pass of prepareProjectScores, as data. */
export function scoreOffline(
  snapshot: ProjectSnapshot,
  policy: Policy,
  context: ScoreContext,
): OfflineScores {
  const projectPolicy = resolvePolicy(policy, snapshot.project.name);
  const compiled = compilePolicy(projectPolicy);
  const index = new ProjectIndex(snapshot);
  const offline: ScoredProduct[] = [];
  index.nodes.forEach((node, i) => {
    if (!isDataProduct(node, snapshot.project.name, projectPolicy.products))
      return;
    const facts = buildProductFacts(index, i, null);
    offline.push({
      score: scoreProduct(facts, compiled, context),
      consumers: facts.consumers,
    });
  });
  return { policy: projectPolicy, offline };
}

/** Scores prepared from scoreOffline's data: "in use" is judged again once other projects' refs are known. */
export function toPreparedScores(
  { policy, offline }: OfflineScores,
  context: ScoreContext,
): PreparedScores {
  return {
    policy,
    productIds: new Set(offline.map((p) => p.score.uniqueId)),
    score: (otherProjects) =>
      otherProjects === null
        ? offline
        : offline.map(({ score, consumers }) => {
            const known = {
              ...consumers,
              otherProjects: otherProjects.get(score.uniqueId) ?? [],
            };
            return {
              score: rescoreConsumers(score, known, policy, context),
              consumers: known,
            };
          }),
  };
}

/** Scores a project's data products in one go (see prepareProjectScores). */
export function scoreProject(
  snapshot: ProjectSnapshot,
  policy: Policy,
  otherProjects: ReadonlyMap<string, ConsumerRef[]> | null,
  context: ScoreContext,
): { policy: ProjectPolicy; products: ProductScore[] } {
  const prepared = prepareProjectScores(snapshot, policy, context);
  return {
    policy: prepared.policy,
    products: prepared.score(otherProjects).map((scored) => scored.score),
  };
}
