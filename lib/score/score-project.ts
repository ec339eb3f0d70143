import type { ProjectSnapshot } from "@/lib/mesh/snapshot";
import { compilePolicy, scoreProduct } from "./evaluate";
import { buildProductFacts } from "./facts";
import type { Policy, ProjectPolicy } from "./policy-types";
import { resolvePolicy } from "./policy-resolve";
import { isDataProduct } from "./products";
import { ProjectIndex } from "./project-index";
import type {
  ConsumerRef,
  Consumers,
  ProductFacts,
  ProductScore,
  ScoreContext,
} from "./types";

/** A product's score with the consumers it was judged on (stored to judge "in use" again). */
export type ScoredProduct = { score: ProductScore; consumers: Consumers };

/** A project's products with their facts gathered, waiting only for other projects' refs. */
export type PreparedScores = {
  policy: ProjectPolicy;
  /** unique_ids of the project's data products. */
  productIds: ReadonlySet<string>;
  /**
   * Scores every product. `otherProjects` maps a product's unique_id to the
   * nodes of other projects that ref it; null when they are unknown (offline).
   */
  score: (
    otherProjects: ReadonlyMap<string, ConsumerRef[]> | null,
    context: ScoreContext,
  ) => ScoredProduct[];
};

/**
 * Finds a project's data products and gathers their facts in one pass over
 * the snapshot: the expensive part of scoring, done before the caller knows
 * other projects' refs (at ingest, before the write transaction begins).
 */
export function prepareProjectScores(
  snapshot: ProjectSnapshot,
  policy: Policy,
): PreparedScores {
  const projectPolicy = resolvePolicy(policy, snapshot.project.name);
  const index = new ProjectIndex(snapshot);
  const facts: ProductFacts[] = [];
  index.nodes.forEach((node, i) => {
    if (isDataProduct(node, snapshot.project.name, projectPolicy.products))
      facts.push(buildProductFacts(index, i, null));
  });
  const compiled = compilePolicy(projectPolicy);
  return {
    policy: projectPolicy,
    productIds: new Set(facts.map((f) => f.node.uniqueId)),
    score: (otherProjects, context) =>
      facts.map((product) => {
        const refs =
          otherProjects === null
            ? null
            : (otherProjects.get(product.node.uniqueId) ?? []);
        const withRefs = {
          ...product,
          consumers: { ...product.consumers, otherProjects: refs },
        };
        return {
          score: scoreProduct(withRefs, compiled, context),
          consumers: withRefs.consumers,
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
  const prepared = prepareProjectScores(snapshot, policy);
  return {
    policy: prepared.policy,
    products: prepared
      .score(otherProjects, context)
      .map((scored) => scored.score),
  };
}
