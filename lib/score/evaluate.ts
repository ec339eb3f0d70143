import { listOwners } from "./owners";
import type { PolicyLevel, PolicyRule, ProjectPolicy } from "./policy-types";
import type { BoundCheck } from "./rule-kind";
import { findRuleKind } from "./rules";
import { OWNER_META_KEYS } from "./rules/ownership";
import type {
  AppliedException,
  MissingRule,
  NextLevel,
  ProductFacts,
  ProductScore,
  RuleOutcome,
  RuleResult,
  ScoreContext,
} from "./types";

/** A project's policy with its checks bound to their parameters, ready to score many products. */
export type CompiledPolicy = {
  policy: ProjectPolicy;
  checks: { rule: PolicyRule; check: BoundCheck; advice: string }[];
  ownerKeys: string[];
};

/**
 * Binds each rule of a project's policy to its check once, so that scoring
 * thousands of products does not validate parameters again. Rules of a kind
 * this version does not know are left out.
 */
export function compilePolicy(policy: ProjectPolicy): CompiledPolicy {
  const checks = policy.rules.flatMap((rule) => {
    const kind = findRuleKind(rule.kind);
    return kind
      ? [{ rule, check: kind.bind(rule.params), advice: kind.advice }]
      : [];
  });
  const ownerRule = policy.rules.find((r) => r.kind === "has-owner");
  const ownerKeys = Array.isArray(ownerRule?.params.meta_keys)
    ? ownerRule.params.meta_keys.filter(
        (k): k is string => typeof k === "string",
      )
    : OWNER_META_KEYS;
  return { policy, checks, ownerKeys };
}

/** Whether an exception has run out: it applies through the whole of its last day (UTC). */
export function isExceptionExpired(expires: string, now: Date): boolean {
  return Date.parse(`${expires}T23:59:59.999Z`) < now.getTime();
}

function findException(
  policy: ProjectPolicy,
  project: string,
  uniqueId: string,
  name: string,
  ruleId: string,
  now: Date,
): AppliedException | null {
  const matching = policy.exceptions.filter(
    (e) =>
      e.rule === ruleId &&
      (e.project === null || e.project === project) &&
      (e.product === uniqueId || e.product === name),
  );
  // An active exception wins over an expired one for the same rule.
  const applied = matching
    .map((e) => ({
      reason: e.reason,
      expires: e.expires,
      isExpired: isExceptionExpired(e.expires, now),
    }))
    .sort((a, b) => Number(a.isExpired) - Number(b.isExpired));
  return applied[0] ?? null;
}

/** One rule's result: the check's outcome, turned into `excepted` by an active exception. */
export function toRuleResult(
  rule: PolicyRule,
  outcome: RuleOutcome,
  advice: string,
  exception: AppliedException | null,
): RuleResult {
  const isExcepted =
    outcome.status === "fail" && exception !== null && !exception.isExpired;
  return {
    id: rule.id,
    kind: rule.kind,
    title: rule.title,
    level: rule.level,
    severity: rule.severity,
    weight: rule.weight,
    status: isExcepted ? "excepted" : outcome.status,
    evidence: outcome.evidence,
    advice: outcome.advice ?? advice,
    exception,
  };
}

/** Runs every rule of the policy on one product's facts and sums them up. */
export function scoreProduct(
  facts: ProductFacts,
  compiled: CompiledPolicy,
  context: ScoreContext,
): ProductScore {
  const { node } = facts;
  const rules = compiled.checks.map(({ rule, check, advice }) =>
    toRuleResult(
      rule,
      check(facts, context),
      advice,
      findException(
        compiled.policy,
        facts.project,
        node.uniqueId,
        node.name,
        rule.id,
        context.now,
      ),
    ),
  );
  return {
    uniqueId: node.uniqueId,
    name: node.name,
    version: node.version,
    ...summarizeRules(rules, compiled.policy.levels),
    rules,
    owners: listOwners(facts, compiled.ownerKeys),
    groupName: node.groupName,
  };
}

/** Ids of the rules a product fails (any severity; excepted ones are not failing). */
export function listFailingRules(score: Pick<ProductScore, "rules">): string[] {
  return score.rules.filter((r) => r.status === "fail").map((r) => r.id);
}

function toMissing(rule: RuleResult): MissingRule {
  return {
    id: rule.id,
    title: rule.title,
    level: rule.level,
    evidence: rule.evidence,
    advice: rule.advice,
  };
}

/**
 * A product's level, score and next step from its rule results. A level is
 * reached when no error-severity rule at it or below fails (passing, not
 * applicable and excepted rules all count as met; failing warn rules are
 * reported but block nothing), and every level below is reached too. The
 * score is the weighted share of applicable, non-excepted rules that pass.
 */
export function summarizeRules(
  rules: RuleResult[],
  levels: PolicyLevel[],
): Pick<ProductScore, "level" | "score" | "nextLevel"> {
  const indexOf = new Map(levels.map((level, i) => [level.id, i]));
  const failingAt = (max: number, severity: "warn" | "error") =>
    rules.filter(
      (r) =>
        r.status === "fail" &&
        r.severity === severity &&
        (indexOf.get(r.level) ?? Infinity) <= max,
    );
  let reached = -1;
  while (
    reached + 1 < levels.length &&
    failingAt(reached + 1, "error").length === 0
  )
    reached++;
  const next = levels[reached + 1];
  const nextLevel: NextLevel | null = next
    ? {
        level: next.id,
        missing: failingAt(reached + 1, "error").map(toMissing),
        warnings: failingAt(reached + 1, "warn").map(toMissing),
      }
    : null;
  let earned = 0;
  let possible = 0;
  for (const rule of rules) {
    if (rule.status !== "pass" && rule.status !== "fail") continue;
    possible += rule.weight;
    if (rule.status === "pass") earned += rule.weight;
  }
  return {
    level: levels[reached]?.id ?? null,
    score: possible === 0 ? 100 : Math.round((earned / possible) * 100),
    nextLevel,
  };
}
