import type { ProjectPolicy } from "./policy-types";
import { findRuleKind } from "./rules";
import type { AppliedException, RuleResult, RuleStatus } from "./types";

/**
 * A rule result as stored with each product: only what varies by product.
 * Title, kind, level, severity and weight are the policy's (stored once per
 * project) and the advice is the rule's own unless a check gave its own,
 * which keeps a 20k-node project's scores a few MB instead of twenty.
 */
export type StoredRuleResult = {
  id: string;
  status: RuleStatus;
  evidence: string;
  advice?: string;
  exception?: AppliedException;
};

/** The stored form of a product's rule results. */
export function compactRules(rules: RuleResult[]): StoredRuleResult[] {
  return rules.map((rule) => {
    const stored: StoredRuleResult = {
      id: rule.id,
      status: rule.status,
      evidence: rule.evidence,
    };
    if (rule.advice !== findRuleKind(rule.kind)?.advice)
      stored.advice = rule.advice;
    if (rule.exception) stored.exception = rule.exception;
    return stored;
  });
}

/**
 * Rule results back from their stored form and the policy they were scored
 * by. A rule the policy no longer lists keeps its id as its title and blocks
 * no level.
 */
export function expandRules(
  stored: StoredRuleResult[],
  policy: ProjectPolicy | null,
): RuleResult[] {
  const rules = new Map((policy?.rules ?? []).map((r) => [r.id, r]));
  return stored.map((result) => {
    const rule = rules.get(result.id);
    return {
      id: result.id,
      kind: rule?.kind ?? result.id,
      title: rule?.title ?? result.id,
      level: rule?.level ?? "",
      severity: rule?.severity ?? "error",
      weight: rule?.weight ?? 1,
      status: result.status,
      evidence: result.evidence,
      advice:
        result.advice ?? findRuleKind(rule?.kind ?? result.id)?.advice ?? "",
      exception: result.exception ?? null,
    };
  });
}
