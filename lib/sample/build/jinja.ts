/**
 * The slice of dbt's Jinja the sample SQL uses: ref, source, this, config,
 * is_incremental and a few macros. Parsing finds refs/sources/macros the
 * way dbt's static parser does; compiling renders the SQL a run executes.
 */
import type { RefTarget } from "../spec";
import type { RelationEntry, Resolver } from "./resolve";

const REF_CALL =
  /\bref\(\s*'([^']+)'\s*(?:,\s*'([^']+)'\s*)?(?:,\s*(?:v|version)\s*=\s*'?(\d+)'?\s*)?\)/g;
const SOURCE_CALL = /\bsource\(\s*'([^']+)'\s*,\s*'([^']+)'\s*\)/g;
const CONFIG_BLOCK = /\{\{\s*config\([\s\S]*?\)\s*\}\}\n?/g;
const INCREMENTAL_BLOCK =
  /\{%-?\s*if is_incremental\(\)\s*-?%\}([\s\S]*?)\{%-?\s*endif\s*-?%\}/g;
const EXPRESSION = /\{\{\s*([\s\S]+?)\s*\}\}/g;

type MacroExpansion = {
  uniqueId: (project: string) => string;
  render: (args: string) => string;
};

function listArgs(args: string): string[] {
  return [...args.matchAll(/'([^']+)'/g)].map((match) => match[1] ?? "");
}

const SURROGATE_NULL = "'_dbt_utils_surrogate_key_null_'";

/** Macros the sample SQL may call, with what they compile to on Snowflake. */
const MACROS: Record<string, MacroExpansion> = {
  cents_to_dollars: {
    uniqueId: (project) => `macro.${project}.cents_to_dollars`,
    render: (args) => `round(${listArgs(args)[0] ?? "0"} / 100.0, 2)`,
  },
  "dbt_utils.generate_surrogate_key": {
    uniqueId: () => "macro.dbt_utils.generate_surrogate_key",
    render: (args) =>
      `md5(cast(${listArgs(args)
        .map((column) => `coalesce(cast(${column} as TEXT), ${SURROGATE_NULL})`)
        .join(" || '-' || ")} as TEXT))`,
  },
  "dbt.datediff": {
    uniqueId: () => "macro.dbt.datediff",
    render: (args) => {
      const [from = "", to = "", part = "day"] = listArgs(args);
      return `datediff(${part}, ${from}, ${to})`;
    },
  },
};

export type ParsedSql = {
  refs: RefTarget[];
  sources: [string, string][];
  macros: string[];
};

function refKey(target: RefTarget): string {
  return `${target.project ?? ""}/${target.name}/${target.version ?? ""}`;
}

/** The refs, sources and macros a node's raw code uses, each once, in order. */
export function parseSql(raw: string, project: string): ParsedSql {
  const refs = new Map<string, RefTarget>();
  for (const match of raw.matchAll(REF_CALL)) {
    const [, first = "", second, version] = match;
    const target: RefTarget = second
      ? { project: first, name: second }
      : { name: first };
    if (version) target.version = Number(version);
    refs.set(refKey(target), target);
  }
  const sources = new Map<string, [string, string]>();
  for (const [, source = "", table = ""] of raw.matchAll(SOURCE_CALL)) {
    sources.set(`${source}.${table}`, [source, table]);
  }
  const macros = new Set<string>();
  if (/is_incremental\(\)/.test(raw)) macros.add("macro.dbt.is_incremental");
  for (const [name, macro] of Object.entries(MACROS)) {
    if (raw.includes(`${name}(`)) macros.add(macro.uniqueId(project));
  }
  return {
    refs: [...refs.values()],
    sources: [...sources.values()],
    macros: [...macros],
  };
}

export type CompileContext = {
  resolver: Resolver;
  thisRelation: string | null;
  /** Compiled SQL of an ephemeral model, injected as a CTE. */
  compileEphemeral: (entry: RelationEntry) => string;
};

export type CompiledSql = { code: string; ctes: { id: string; sql: string }[] };

function toTarget(args: string): RefTarget {
  const [parsed] = [...`ref(${args})`.matchAll(REF_CALL)];
  if (!parsed) throw new Error(`cannot parse ref(${args})`);
  const [, first = "", second, version] = parsed;
  const target: RefTarget = second
    ? { project: first, name: second }
    : { name: first };
  if (version) target.version = Number(version);
  return target;
}

/** Renders raw code as `dbt build` compiles it (an incremental run). */
export function compileSql(raw: string, context: CompileContext): CompiledSql {
  const ctes: { id: string; sql: string }[] = [];
  const body = raw
    .replace(CONFIG_BLOCK, "")
    .replace(INCREMENTAL_BLOCK, "$1")
    .replace(EXPRESSION, (_whole, inner: string) =>
      renderExpression(inner, context, ctes),
    );
  if (/\{[{%]/.test(body))
    throw new Error(`unsupported Jinja left in: ${body.slice(0, 120)}`);
  return { code: injectCtes(body, ctes), ctes };
}

function renderExpression(
  expression: string,
  context: CompileContext,
  ctes: { id: string; sql: string }[],
): string {
  if (expression === "this") return context.thisRelation ?? "";
  const call = /^([\w.]+)\(([\s\S]*)\)$/.exec(expression);
  if (!call) throw new Error(`unsupported expression {{ ${expression} }}`);
  const [, name = "", args = ""] = call;
  if (name === "ref") {
    const entry = context.resolver.ref(toTarget(args));
    if (entry.relationName !== null) return entry.relationName;
    if (!ctes.some((cte) => cte.id === entry.uniqueId)) {
      ctes.push({
        id: entry.uniqueId,
        sql: ` __dbt__cte__${entry.name} as (\n${context.compileEphemeral(entry)}\n)`,
      });
    }
    return `__dbt__cte__${entry.name}`;
  }
  if (name === "source") {
    const [source = "", table = ""] = listArgs(args);
    return context.resolver.source(source, table).relationName;
  }
  const macro = MACROS[name];
  if (!macro) throw new Error(`unknown macro ${name}`);
  return macro.render(args);
}

/** Prepends ephemeral CTEs the way dbt does, merging into a leading `with`. */
function injectCtes(sql: string, ctes: { id: string; sql: string }[]): string {
  if (ctes.length === 0) return sql;
  const joined = ctes.map((cte) => cte.sql).join(", ");
  const leadingWith = /^(\s*)with\b/i.exec(sql);
  if (leadingWith) return `with${joined},${sql.slice(leadingWith[0].length)}`;
  return `with${joined} ${sql}`;
}
