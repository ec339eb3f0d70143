import type { z } from "zod";
import type { TightenDirection } from "@/lib/score/rule-kind";
import type { Finding, MeshFacts, Severity } from "./types";

export type CheckContext = { now: Date };

/** A built-in mesh-wide check that policy `checks:` configure. */
export type CheckKind = {
  id: string;
  title: string;
  defaultSeverity: Severity;
  /** How to fix a finding, in general. */
  advice: string;
  /** How a project may tighten each parameter (as for maturity rules). */
  tighten: Readonly<Record<string, TightenDirection>>;
  /** Validates parameters, filling defaults; strict: unknown keys are errors. */
  parseParams: (raw: unknown) => z.ZodSafeParseResult<Record<string, unknown>>;
  /** Runs the check with parameters `parseParams` validated (and filled in). */
  run: (
    facts: MeshFacts,
    params: Record<string, unknown>,
    context: CheckContext,
  ) => Finding[];
};

type CheckKindDefinition<S extends z.ZodObject> = {
  id: string;
  title: string;
  defaultSeverity?: Severity;
  advice: string;
  params: S;
  tighten?: Partial<Record<keyof z.infer<S> & string, TightenDirection>>;
  run: (
    facts: MeshFacts,
    params: z.infer<S>,
    context: CheckContext,
  ) => Finding[];
};

/** Declares a check kind with typed parameters. */
export function defineCheckKind<S extends z.ZodObject>(
  definition: CheckKindDefinition<S>,
): CheckKind {
  const tighten: Record<string, TightenDirection> = {};
  for (const [key, direction] of Object.entries(definition.tighten ?? {}))
    if (direction) tighten[key] = direction;
  return {
    id: definition.id,
    title: definition.title,
    defaultSeverity: definition.defaultSeverity ?? "error",
    advice: definition.advice,
    tighten,
    parseParams: (raw) => definition.params.strict().safeParse(raw ?? {}),
    // Parameters arrive validated: parsing them again would convert twice
    // (a duration already in seconds read as hours).
    run: (facts, params, context) =>
      definition.run(facts, params as z.infer<S>, context),
  };
}
