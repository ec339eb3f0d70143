import type { Path, PolicyProblem } from "@/lib/score/policy-problems";
import { toProblems } from "@/lib/score/policy-problems";
import {
  reportSharedWeakening,
  tightenParamsOf,
} from "@/lib/score/policy-tighten";
import { type CheckEntry, pickCheckParams } from "./check-schema";
import type { CheckKind } from "./check-kind";
import { CHECK_KINDS, findCheckKind } from "./checks";
import { CUSTOM_SQL_KIND, CUSTOM_SQL_PARAMS } from "./custom-check";
import type { CheckException, ChecksPolicy, PolicyCheck } from "./types";

/** Where a custom check's SQL sits in the policy file (found by the YAML parser). */
export type LocateSql = (path: Path) => { line: number; isBlock: boolean };

type Build = { problems: PolicyProblem[]; locateSql: LocateSql; file: string };

/** A built-in check as the policy configures it when it says nothing about it. */
export function defaultCheck(kind: CheckKind): PolicyCheck {
  const parsed = kind.parseParams({});
  if (!parsed.success)
    throw new Error(`check ${kind.id}: bad default parameters`);
  return {
    id: kind.id,
    kind: kind.id,
    title: kind.title,
    severity: kind.defaultSeverity,
    errorFrom: null,
    isEnabled: true,
    params: parsed.data,
    exceptions: [],
    sqlAt: null,
  };
}

/** The checks of a policy without a `checks:` section: every built-in at its default. */
export function buildDefaultChecks(): ChecksPolicy {
  return { checks: CHECK_KINDS.map(defaultCheck), projects: {} };
}

function paramsKind(kind: string) {
  return kind === CUSTOM_SQL_KIND ? CUSTOM_SQL_PARAMS : findCheckKind(kind);
}

function readExceptions(
  entry: CheckEntry,
  project: string | null,
  path: Path,
  problems: PolicyProblem[],
): CheckException[] {
  return (entry.exceptions ?? []).flatMap((e, i) => {
    if (project !== null && e.project !== undefined) {
      problems.push({
        path: [...path, "exceptions", i, "project"],
        isKey: true,
        message: "an exception in a project's section applies to that project",
      });
      return [];
    }
    if (project === null && e.node === undefined && e.project === undefined) {
      problems.push({
        path: [...path, "exceptions", i],
        message: "a mesh-wide exception names a node, a project, or both",
      });
      return [];
    }
    return [
      {
        node: e.node ?? null,
        project: project ?? e.project ?? null,
        reason: e.reason,
        expires: e.expires,
      },
    ];
  });
}

/** A check the file declares that is not built in: a custom SQL query, or a mistake. */
function buildCustomCheck(
  id: string,
  entry: CheckEntry,
  path: Path,
  project: string | null,
  { problems, locateSql, file }: Build,
): PolicyCheck | null {
  if (!("sql" in entry)) {
    problems.push({
      path,
      isKey: true,
      message: `unknown check "${id}": use a built-in check (${CHECK_KINDS.map((k) => k.id).join(", ")}) or give a custom check its \`sql\``,
    });
    return null;
  }
  const params = CUSTOM_SQL_PARAMS.parseParams(pickCheckParams(entry));
  if (!params.success) {
    problems.push(...toProblems(params.error, path));
    return null;
  }
  return {
    id,
    kind: CUSTOM_SQL_KIND,
    title: entry.title ?? id,
    severity: entry.severity ?? "error",
    errorFrom: entry.error_from ?? null,
    isEnabled: entry.enabled ?? true,
    params: params.data,
    exceptions: readExceptions(entry, project, path, problems),
    sqlAt: { file, ...locateSql([...path, "sql"]) },
  };
}

function buildGlobalChecks(
  entries: Record<string, CheckEntry>,
  build: Build,
): PolicyCheck[] {
  const checks = new Map(
    CHECK_KINDS.map((kind) => [kind.id, defaultCheck(kind)]),
  );
  for (const [id, entry] of Object.entries(entries)) {
    const path = ["checks", id];
    const kind = findCheckKind(id);
    if (!kind) {
      const custom = buildCustomCheck(id, entry, path, null, build);
      if (custom) checks.set(id, custom);
      continue;
    }
    const base = defaultCheck(kind);
    const params = kind.parseParams(pickCheckParams(entry));
    if (!params.success) build.problems.push(...toProblems(params.error, path));
    checks.set(id, {
      ...base,
      title: entry.title ?? base.title,
      severity: entry.severity ?? base.severity,
      errorFrom: entry.error_from ?? null,
      isEnabled: entry.enabled ?? true,
      params: params.success ? params.data : base.params,
      exceptions: readExceptions(entry, null, path, build.problems),
    });
  }
  return [...checks.values()];
}

/**
 * A mesh-wide check as a project's section tightens it, with the maturity
 * rules' machinery: raise warn to error, bring error_from earlier, turn on a
 * check the mesh leaves off, tighten parameters in their strict direction.
 * What would weaken it is a problem, never applied.
 */
function tightenCheck(
  check: PolicyCheck,
  entry: CheckEntry,
  path: Path,
  project: string,
  problems: PolicyProblem[],
): PolicyCheck {
  const weaken = (field: string, message: string) =>
    problems.push({
      path: [...path, field],
      message: `${message}: a project may only make mesh-wide checks stricter`,
    });
  reportSharedWeakening(entry, check, {
    path,
    problems,
    weaken,
    noun: "checks",
  });
  let errorFrom = check.errorFrom;
  if (entry.error_from !== undefined) {
    if (check.errorFrom !== null && entry.error_from > check.errorFrom)
      weaken(
        "error_from",
        `moves error_from later, from ${check.errorFrom} to ${entry.error_from}`,
      );
    else errorFrom = entry.error_from;
  }
  return {
    ...check,
    severity: entry.severity === "error" ? "error" : check.severity,
    errorFrom,
    isEnabled: check.isEnabled || entry.enabled === true,
    params: tightenParamsOf(
      paramsKind(check.kind),
      check.params,
      pickCheckParams(entry),
      path,
      problems,
    ),
    exceptions: [
      ...check.exceptions,
      ...readExceptions(entry, project, path, problems),
    ],
  };
}

/**
 * The `checks:` of a policy file: every built-in check with its defaults as
 * the mesh-wide section configures it, plus custom SQL checks; and for each
 * project with its own `checks:`, the mesh-wide checks made stricter plus
 * its own custom checks. Problems name their path in the file.
 */
export function buildChecksPolicy(
  file: {
    checks?: Record<string, CheckEntry>;
    projects?: Record<string, { checks?: Record<string, CheckEntry> }>;
  },
  build: Build,
): ChecksPolicy {
  const checks = buildGlobalChecks(file.checks ?? {}, build);
  const projects: ChecksPolicy["projects"] = {};
  for (const [project, section] of Object.entries(file.projects ?? {})) {
    if (!section.checks) continue;
    const local = new Map(checks.map((check) => [check.id, check]));
    for (const [id, entry] of Object.entries(section.checks)) {
      const path = ["projects", project, "checks", id];
      const inherited = local.get(id);
      if (inherited)
        local.set(
          id,
          tightenCheck(inherited, entry, path, project, build.problems),
        );
      else {
        const custom = buildCustomCheck(id, entry, path, project, build);
        if (custom) local.set(id, custom);
      }
    }
    projects[project] = [...local.values()];
  }
  return { checks, projects };
}
