import type { RuleEntry } from "./policy-schema";
import {
  pickParams,
  toProblems,
  type Compose,
  type Path,
  type PolicyProblem,
} from "./policy-problems";
import type { PolicyRule } from "./policy-types";
import type { RuleKind, TightenDirection } from "./rule-kind";
import { findRuleKind } from "./rules";

/**
 * What a project's section may not do to a mesh-wide rule or check alike:
 * retitle it, turn it off, or lower its severity from error to warn. Each
 * is reported through `weaken` (a title as a problem of its own).
 */
export function reportSharedWeakening(
  entry: { title?: string; enabled?: boolean; severity?: string },
  current: { id: string; isEnabled: boolean; severity: string },
  report: {
    path: Path;
    problems: PolicyProblem[];
    weaken: (field: string, message: string) => void;
    noun: "rules" | "checks";
  },
): void {
  if (entry.title !== undefined)
    report.problems.push({
      path: [...report.path, "title"],
      message: `titles of mesh-wide ${report.noun} are set mesh-wide`,
    });
  if (entry.enabled === false && current.isEnabled)
    report.weaken(
      "enabled",
      `turns off "${current.id}" (record an exception with a reason and an expiry instead)`,
    );
  if (entry.severity === "warn" && current.severity === "error")
    report.weaken("severity", "lowers the severity from error to warn");
}

/**
 * A mesh-wide rule as a project's section tightens it. What would weaken it
 * is reported as a problem and left as the mesh has it.
 */
export function tightenRule(
  rule: PolicyRule,
  entry: RuleEntry,
  path: Path,
  context: Compose,
): PolicyRule {
  const { problems, levelIndex } = context;
  const weaken = (field: string, message: string) =>
    problems.push({
      path: [...path, field],
      message: `${message}: a project may only make mesh-wide rules stricter`,
    });
  if (entry.kind !== undefined && entry.kind !== rule.kind)
    weaken("kind", `changes the kind of "${rule.id}"`);
  if (entry.weight !== undefined)
    problems.push({
      path: [...path, "weight"],
      message:
        "weights are set mesh-wide, so that scores compare across projects",
    });
  reportSharedWeakening(entry, rule, { path, problems, weaken, noun: "rules" });
  const level = entry.level ?? rule.level;
  const from = levelIndex.get(rule.level);
  const to = levelIndex.get(level);
  if (
    entry.level !== undefined &&
    from !== undefined &&
    to !== undefined &&
    to > from
  )
    weaken("level", `moves "${rule.id}" up from ${rule.level} to ${level}`);
  return {
    ...rule,
    level:
      to !== undefined && from !== undefined && to <= from ? level : rule.level,
    severity: entry.severity === "error" ? "error" : rule.severity,
    isEnabled: rule.isEnabled || entry.enabled === true,
    params: tightenParams(rule, pickParams(entry), path, problems),
  };
}

function tightenParams(
  rule: PolicyRule,
  local: Record<string, unknown>,
  path: Path,
  problems: PolicyProblem[],
): Record<string, unknown> {
  return tightenParamsOf(
    findRuleKind(rule.kind),
    rule.params,
    local,
    path,
    problems,
  );
}

/** What a kind of check (a maturity rule kind, a governance check kind) says about its parameters. */
export type TightenableKind = Pick<RuleKind, "parseParams" | "tighten">;

/**
 * Mesh-wide parameters as a project's section tightens them, each in its
 * kind's strict direction; what would weaken one is reported and left as
 * the mesh has it.
 */
export function tightenParamsOf(
  kind: TightenableKind | undefined,
  current: Record<string, unknown>,
  local: Record<string, unknown>,
  path: Path,
  problems: PolicyProblem[],
): Record<string, unknown> {
  if (!kind || Object.keys(local).length === 0) return current;
  const validated = kind.parseParams(local);
  if (!validated.success) {
    problems.push(...toProblems(validated.error, path));
    return current;
  }
  const params = { ...current };
  for (const key of Object.keys(local)) {
    const direction = kind.tighten[key];
    if (direction === undefined) {
      problems.push({
        path: [...path, key],
        isKey: true,
        message: `"${key}" is set mesh-wide only`,
      });
      continue;
    }
    const outcome = tightenValue(direction, current[key], validated.data[key]);
    if (typeof outcome === "string")
      problems.push({
        path: [...path, key],
        message: `${outcome}: a project may only make mesh-wide rules stricter`,
      });
    else params[key] = outcome.value;
  }
  return params;
}

function asStrings(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((v): v is string => typeof v === "string")
    : [];
}

/** The stricter value, or why the local value would weaken the mesh-wide one. */
function tightenValue(
  direction: TightenDirection,
  global: unknown,
  local: unknown,
): { value: unknown } | string {
  switch (direction) {
    case "raise":
      return Number(local) >= Number(global)
        ? { value: local }
        : `lowers it from ${String(global)} to ${String(local)}`;
    case "lower":
      return Number(local) <= Number(global)
        ? { value: local }
        : `raises it from ${String(global)} to ${String(local)}`;
    case "add":
      return {
        value: [...new Set([...asStrings(global), ...asStrings(local)])],
      };
    case "narrow": {
      const allowed = new Set(asStrings(global));
      const extra = asStrings(local).filter((item) => !allowed.has(item));
      return extra.length === 0
        ? { value: local }
        : `accepts ${extra.join(", ")}, which the mesh-wide rule does not`;
    }
    case "enable":
      return global === true && local === false
        ? "turns it off"
        : { value: local === true || global === true };
    case "disable":
      return global === false && local === true
        ? "turns it on"
        : { value: local === true && global === true };
  }
}
