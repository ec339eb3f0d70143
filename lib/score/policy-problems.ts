import type { z } from "zod";
import { RULE_FIELDS, type RuleEntry } from "./policy-schema";

/** A problem in a policy file, at a path inside it (the parser turns it into a line). */
export type PolicyProblem = {
  path: (string | number)[];
  message: string;
  /** Point at the key itself rather than its value. */
  isKey?: boolean;
};

export type Path = (string | number)[];

/** The parameters an entry sets: every key that is not a rule field. */
export function pickParams(entry: RuleEntry): Record<string, unknown> {
  const fields = new Set<string>(RULE_FIELDS);
  return Object.fromEntries(
    Object.entries(entry).filter(([key]) => !fields.has(key)),
  );
}

export function toProblems(error: z.ZodError, path: Path): PolicyProblem[] {
  return error.issues.flatMap((issue) => {
    const at = [
      ...path,
      ...issue.path.map((p) => (typeof p === "number" ? p : String(p))),
    ];
    if (issue.code === "unrecognized_keys")
      return issue.keys.map((key) => ({
        path: [...at, key],
        message: `unknown parameter "${key}"`,
        isKey: true,
      }));
    return [{ path: at, message: issue.message }];
  });
}

export type Compose = {
  levelIndex: Map<string, number>;
  problems: PolicyProblem[];
};
