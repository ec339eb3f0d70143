import { defaultRule } from "./policy-defaults";
import {
  pickParams,
  toProblems,
  type Path,
  type Compose,
  type PolicyProblem,
} from "./policy-problems";
import type { RuleEntry } from "./policy-schema";
import type { PolicyRule } from "./policy-types";
import type { RuleKind } from "./rule-kind";
import { tightenRule } from "./policy-tighten";
import { findRuleKind, RULE_KINDS } from "./rules";

function resolveKind(
  id: string,
  entry: RuleEntry,
  path: Path,
  problems: PolicyProblem[],
): RuleKind | null {
  const builtIn = findRuleKind(id);
  if (builtIn) {
    if (entry.kind !== undefined && entry.kind !== id)
      problems.push({
        path: [...path, "kind"],
        message: `"${id}" is a built-in rule; its kind cannot change`,
      });
    return builtIn;
  }
  if (entry.kind === undefined) {
    problems.push({
      path,
      isKey: true,
      message: `unknown rule "${id}": use a built-in rule id (${RULE_KINDS.map((k) => k.id).join(", ")}) or give a \`kind\``,
    });
    return null;
  }
  const kind = findRuleKind(entry.kind);
  if (!kind)
    problems.push({
      path: [...path, "kind"],
      message: `unknown kind "${entry.kind}"`,
    });
  return kind ?? null;
}

/**
 * The mesh-wide rules: every built-in rule with its defaults, as the file's
 * top-level `rules` section configures it, plus the extra rules it declares
 * (instances of a built-in `kind` under a new id).
 */
export function buildGlobalRules(
  entries: Record<string, RuleEntry>,
  problems: PolicyProblem[],
): PolicyRule[] {
  const rules = new Map(RULE_KINDS.map((kind) => [kind.id, defaultRule(kind)]));
  for (const [id, entry] of Object.entries(entries)) {
    const path = ["rules", id];
    const kind = resolveKind(id, entry, path, problems);
    if (!kind) continue;
    const base = findRuleKind(id)
      ? defaultRule(kind)
      : {
          ...defaultRule(kind),
          id,
          title: `${kind.title} (${id})`,
          isEnabled: true,
        };
    const params = kind.parseParams(pickParams(entry));
    if (!params.success) problems.push(...toProblems(params.error, path));
    rules.set(id, {
      ...base,
      title: entry.title ?? base.title,
      level: entry.level ?? base.level,
      severity: entry.severity ?? base.severity,
      weight: entry.weight ?? base.weight,
      isEnabled: entry.enabled ?? base.isEnabled,
      params: params.success ? params.data : base.params,
    });
  }
  return [...rules.values()];
}

/**
 * A project's rules: the mesh-wide ones, made stricter where the project's
 * section says so, plus the project's own extra rules. Anything that would
 * weaken a mesh-wide rule is a problem, never applied: a project may move a
 * rule to a lower level, raise its severity to error, turn on a rule the mesh
 * leaves off, and tighten parameters in their strict direction only.
 */
export function composeProjectRules(
  project: string,
  global: PolicyRule[],
  entries: Record<string, RuleEntry>,
  context: Compose,
): PolicyRule[] {
  const rules = new Map(global.map((rule) => [rule.id, rule]));
  for (const [id, entry] of Object.entries(entries)) {
    const path = ["projects", project, "rules", id];
    const inherited = rules.get(id);
    if (inherited) rules.set(id, tightenRule(inherited, entry, path, context));
    else {
      const added = addLocalRule(id, entry, path, context.problems);
      if (added) rules.set(id, added);
    }
  }
  return [...rules.values()];
}

function addLocalRule(
  id: string,
  entry: RuleEntry,
  path: Path,
  problems: PolicyProblem[],
): PolicyRule | null {
  const kind = resolveKind(id, entry, path, problems);
  if (!kind) return null;
  const params = kind.parseParams(pickParams(entry));
  if (!params.success) {
    problems.push(...toProblems(params.error, path));
    return null;
  }
  return {
    id,
    kind: kind.id,
    title: entry.title ?? `${kind.title} (${id})`,
    level: entry.level ?? kind.defaultLevel,
    severity: entry.severity ?? "error",
    weight: entry.weight ?? 1,
    isEnabled: entry.enabled ?? true,
    params: params.data,
  };
}
