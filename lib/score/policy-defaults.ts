import { buildDefaultChecks } from "@/lib/governance/policy-checks";
import { DEFAULT_PRODUCT_SELECTOR } from "./products";
import type { Policy, PolicyLevel, PolicyRule } from "./policy-types";
import type { RuleKind } from "./rule-kind";
import { RULE_KINDS } from "./rules";

export const DEFAULT_LEVELS: PolicyLevel[] = [
  {
    id: "bronze",
    title: "Bronze",
    description:
      "Discoverable: public, described and owned; users can find it and know whom to ask.",
  },
  {
    id: "silver",
    title: "Silver",
    description:
      "Trustworthy: an enforced contract, documented columns, a tested key and passing tests, versions retired in order.",
  },
  {
    id: "gold",
    title: "Gold",
    description:
      "Production-grade: tested upstream, fresh within a declared SLA, access granted, standard metadata, and in use.",
  },
];

export const DEFAULT_POLICY_SOURCE = "built-in defaults";

/** A built-in check as the default policy configures it. */
export function defaultRule(kind: RuleKind): PolicyRule {
  const parsed = kind.parseParams({});
  if (!parsed.success)
    throw new Error(`rule ${kind.id}: bad default parameters`);
  return {
    id: kind.id,
    kind: kind.id,
    title: kind.title,
    level: kind.defaultLevel,
    severity: "error",
    weight: 1,
    isEnabled: kind.isEnabledByDefault,
    params: parsed.data,
  };
}

/** The policy that applies without a policy file. */
export function buildDefaultPolicy(): Policy {
  return {
    source: DEFAULT_POLICY_SOURCE,
    products: { ...DEFAULT_PRODUCT_SELECTOR },
    levels: DEFAULT_LEVELS.map((level) => ({ ...level })),
    rules: RULE_KINDS.map(defaultRule),
    exceptions: [],
    projects: {},
    webhooks: [],
    checks: buildDefaultChecks(),
  };
}
