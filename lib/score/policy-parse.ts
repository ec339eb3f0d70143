import { LineCounter, parseDocument } from "yaml";
import { DEFAULT_LEVELS } from "./policy-defaults";
import type { PolicyProblem } from "./policy-problems";
import { buildGlobalRules, composeProjectRules } from "./policy-rules";
import { policyFileSchema, type PolicyFile } from "./policy-schema";
import type {
  Policy,
  PolicyException,
  PolicyLevel,
  PolicyRule,
} from "./policy-types";
import { DEFAULT_PRODUCT_SELECTOR } from "./products";
import { locatePath, type Position } from "./yaml-locate";
import {
  buildChecksPolicy,
  type LocateSql,
} from "@/lib/governance/policy-checks";
import { locateSqlIn } from "@/lib/governance/locate-sql";

/** A policy file that cannot be used; every problem names its line. */
export class PolicyError extends Error {
  readonly problems: string[];
  constructor(file: string, problems: string[]) {
    super(
      `${file} is not a valid catalog policy:\n${problems.map((p) => `  ${p}`).join("\n")}`,
    );
    this.name = "PolicyError";
    this.problems = problems;
  }
}

/**
 * Parses and validates a policy file (YAML). Throws a PolicyError listing
 * every problem as `file:line:col: message`: syntax, unknown keys, bad
 * values, rules at levels the policy lacks, exceptions for unknown rules,
 * and project sections that would weaken a mesh-wide rule.
 */
export function parsePolicy(text: string, file: string): Policy {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
  });
  const fail = (located: (Position & { message: string })[]): never => {
    const sorted = [...located].sort(
      (a, b) => a.line - b.line || a.col - b.col,
    );
    throw new PolicyError(
      file,
      sorted.map((p) => `${file}:${p.line}:${p.col}: ${p.message}`),
    );
  };
  if (doc.errors.length > 0)
    fail(
      doc.errors.map((e) => ({
        ...lineCounter.linePos(e.pos[0]),
        message: e.message,
      })),
    );
  const locate = (problem: PolicyProblem) => ({
    ...locatePath(doc, lineCounter, problem.path, problem.isKey),
    message: problem.message,
  });
  const parsed = policyFileSchema.safeParse(doc.toJS());
  if (!parsed.success)
    return fail(
      parsed.error.issues.flatMap((issue) => {
        const path = issue.path.map((p) =>
          typeof p === "number" ? p : String(p),
        );
        if (issue.code === "unrecognized_keys")
          return issue.keys.map((key) =>
            locate({
              path: [...path, key],
              isKey: true,
              message: `unknown key "${key}"`,
            }),
          );
        return [locate({ path, message: issue.message })];
      }),
    );
  const problems: PolicyProblem[] = [];
  const policy = buildPolicy(
    parsed.data,
    file,
    problems,
    locateSqlIn(doc, lineCounter),
  );
  if (problems.length > 0) fail(problems.map(locate));
  return policy;
}

function buildLevels(
  file: PolicyFile,
  problems: PolicyProblem[],
): PolicyLevel[] {
  if (!file.levels) return DEFAULT_LEVELS.map((level) => ({ ...level }));
  const seen = new Set<string>();
  return file.levels.map((level, i) => {
    if (seen.has(level.id))
      problems.push({
        path: ["levels", i, "id"],
        message: `level "${level.id}" is listed twice`,
      });
    seen.add(level.id);
    return {
      id: level.id,
      title:
        level.title ?? level.id.charAt(0).toUpperCase() + level.id.slice(1),
      description: level.description ?? "",
    };
  });
}

function checkRuleLevels(
  rules: PolicyRule[],
  levels: Map<string, number>,
  explicit: (id: string) => boolean,
  path: (string | number)[],
  problems: PolicyProblem[],
): void {
  for (const rule of rules) {
    if (!rule.isEnabled || levels.has(rule.level)) continue;
    problems.push(
      explicit(rule.id)
        ? {
            path: [...path, rule.id, "level"],
            message: `unknown level "${rule.level}" (levels: ${[...levels.keys()].join(", ")})`,
          }
        : {
            path: ["levels"],
            message: `rule "${rule.id}" sits at level "${rule.level}" by default, which this policy does not define: give it a \`level\` or \`enabled: false\``,
          },
    );
  }
}

function checkExceptions(
  exceptions: PolicyException[],
  rulesFor: (project: string | null) => PolicyRule[],
  path: (string | number)[],
  problems: PolicyProblem[],
): void {
  exceptions.forEach((exception, i) => {
    if (!rulesFor(exception.project).some((r) => r.id === exception.rule))
      problems.push({
        path: [...path, i, "rule"],
        message: `exception for unknown rule "${exception.rule}"`,
      });
  });
}

function buildPolicy(
  file: PolicyFile,
  source: string,
  problems: PolicyProblem[],
  locateSql: LocateSql,
): Policy {
  const levels = buildLevels(file, problems);
  const levelIndex = new Map(levels.map((level, i) => [level.id, i]));
  const rules = buildGlobalRules(file.rules ?? {}, problems);
  checkRuleLevels(
    rules,
    levelIndex,
    (id) => file.rules?.[id]?.level !== undefined,
    ["rules"],
    problems,
  );
  const projects: Policy["projects"] = {};
  for (const [name, section] of Object.entries(file.projects ?? {})) {
    const projectRules = composeProjectRules(name, rules, section.rules ?? {}, {
      levelIndex,
      problems,
    });
    const own = projectRules.filter((r) => !rules.some((g) => g.id === r.id));
    checkRuleLevels(
      own,
      levelIndex,
      () => true,
      ["projects", name, "rules"],
      problems,
    );
    const exceptions = (section.exceptions ?? []).map((e) => ({
      ...e,
      project: name,
    }));
    checkExceptions(
      exceptions,
      () => projectRules,
      ["projects", name, "exceptions"],
      problems,
    );
    projects[name] = { rules: projectRules, exceptions };
  }
  const exceptions = (file.exceptions ?? []).map((e) => ({
    ...e,
    project: e.project ?? null,
  }));
  checkExceptions(
    exceptions,
    (project) =>
      project === null ? rules : (projects[project]?.rules ?? rules),
    ["exceptions"],
    problems,
  );
  return {
    source,
    products: {
      access: file.products?.access ?? DEFAULT_PRODUCT_SELECTOR.access,
      metaFlag:
        file.products?.meta_flag === undefined
          ? DEFAULT_PRODUCT_SELECTOR.metaFlag
          : file.products.meta_flag,
      paths: file.products?.paths ?? [],
    },
    levels,
    rules,
    exceptions,
    projects,
    webhooks: file.webhooks ?? [],
    checks: buildChecksPolicy(file, { problems, locateSql, file: source }),
  };
}
