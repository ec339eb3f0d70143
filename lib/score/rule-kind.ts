import type { z } from "zod";
import type { ProductFacts, RuleOutcome, ScoreContext } from "./types";

/**
 * How a project may change a parameter of a rule it inherits, so that a local
 * policy can only be stricter: raise or lower a threshold in the strict
 * direction, add to a list of requirements, narrow a list of what is
 * accepted, or turn a flag in its strict direction. A parameter without a
 * direction is set mesh-wide only.
 */
export type TightenDirection =
  "raise" | "lower" | "add" | "narrow" | "enable" | "disable";

export type BoundCheck = (
  facts: ProductFacts,
  context: ScoreContext,
) => RuleOutcome;

/** A built-in check that policy rules are instances of. */
export type RuleKind = {
  id: string;
  title: string;
  /** Level in the default policy. */
  defaultLevel: string;
  isEnabledByDefault: boolean;
  /** How to fix a failure, in general. */
  advice: string;
  tighten: Readonly<Record<string, TightenDirection>>;
  /** Validates parameters (filling defaults); strict: unknown keys are errors. */
  parseParams: (raw: unknown) => z.ZodSafeParseResult<Record<string, unknown>>;
  /** Binds validated parameters into a check, once per policy. */
  bind: (params: Record<string, unknown>) => BoundCheck;
};

type RuleKindDefinition<S extends z.ZodObject> = {
  id: string;
  title: string;
  defaultLevel: string;
  isEnabledByDefault?: boolean;
  advice: string;
  params: S;
  tighten?: Partial<Record<keyof z.infer<S> & string, TightenDirection>>;
  check: (
    facts: ProductFacts,
    params: z.infer<S>,
    context: ScoreContext,
  ) => RuleOutcome;
};

/** Declares a rule kind with typed parameters. */
export function defineRuleKind<S extends z.ZodObject>(
  definition: RuleKindDefinition<S>,
): RuleKind {
  const tighten: Record<string, TightenDirection> = {};
  for (const [key, direction] of Object.entries(definition.tighten ?? {}))
    if (direction) tighten[key] = direction;
  return {
    id: definition.id,
    title: definition.title,
    defaultLevel: definition.defaultLevel,
    isEnabledByDefault: definition.isEnabledByDefault ?? true,
    advice: definition.advice,
    tighten,
    parseParams: (raw) => definition.params.strict().safeParse(raw ?? {}),
    bind: (raw) => {
      const params = definition.params.parse(raw);
      return (facts, context) => definition.check(facts, params, context);
    },
  };
}

export function pass(evidence: string): RuleOutcome {
  return { status: "pass", evidence };
}

export function fail(evidence: string, advice?: string): RuleOutcome {
  return advice === undefined
    ? { status: "fail", evidence }
    : { status: "fail", evidence, advice };
}

export function notApplicable(evidence: string): RuleOutcome {
  return { status: "not_applicable", evidence };
}

/** "a, b, c and 4 more": enough names to act on, never a wall of them. */
export function listSome(items: readonly string[], max = 5): string {
  if (items.length <= max) return items.join(", ");
  return `${items.slice(0, max).join(", ")} and ${items.length - max} more`;
}

export function plural(
  count: number,
  singular: string,
  pluralForm?: string,
): string {
  return `${count} ${count === 1 ? singular : (pluralForm ?? `${singular}s`)}`;
}
