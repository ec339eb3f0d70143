import { summarizeRules, toRuleResult, isExceptionExpired } from "./evaluate";
import type { ProjectPolicy } from "./policy-types";
import { checkInUse, inUseParams } from "./rules/usage";
import type { Consumers, ProductScore, ScoreContext } from "./types";

/**
 * A stored score with its "in use" rules judged again on new consumers: what
 * changes for a producer when a consumer project's refs to it change. Every
 * other rule keeps its result from the producer's own last ingest; level and
 * score are summed up again under the producer's stored policy.
 */
export function rescoreConsumers(
  score: ProductScore,
  consumers: Consumers,
  policy: ProjectPolicy,
  context: ScoreContext,
): ProductScore {
  const rules = score.rules.map((result) => {
    const rule = policy.rules.find((r) => r.id === result.id);
    if (!rule || rule.kind !== "in-use") return result;
    const params = inUseParams.safeParse(rule.params);
    if (!params.success) return result;
    const exception = result.exception && {
      ...result.exception,
      isExpired: isExceptionExpired(result.exception.expires, context.now),
    };
    return toRuleResult(
      rule,
      checkInUse(consumers, params.data),
      result.advice,
      exception,
    );
  });
  return { ...score, ...summarizeRules(rules, policy.levels), rules };
}
