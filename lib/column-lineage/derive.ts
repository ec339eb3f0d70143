import {
  analyzeQuery,
  ast,
  lineageWithSchema,
  type ColumnUseContext,
  type LineageNode,
  type QueryAnalysis,
  type Schema,
} from "@polyglot-sql/sdk";
import { strongerKind, type ValueEdgeKind } from "./edge-kinds";
import { toSqlDialect } from "./dialect";
import {
  foldName,
  indexRelations,
  toSchemaTableName,
  type RelationIndex,
} from "./relation-index";
import type {
  ColumnSource,
  DerivedColumn,
  ModelColumnLineage,
  ModelSqlInput,
  UpstreamRelation,
} from "./types";

/** The parser's AST node (the SDK does not export its name). */
type Expression = LineageNode["expression"];

/** Uses that choose or join rows: a column used only here shapes the model's rows, not a value. */
const ROW_CONTEXTS: ReadonlySet<ColumnUseContext> = new Set([
  "join",
  "filter",
  "group",
  "having",
  "qualify",
  "set_operation_filter",
]);

/**
 * Derives a model's column lineage from its compiled SQL, in its adapter's
 * dialect, knowing the columns of the relations it reads (so `select *`
 * expands): for each output column, the upstream columns its value comes from
 * with the strongest transformation on the way; and the upstream columns used
 * only to filter or join rows. SQL the parser refuses is a parse error, never
 * a throw.
 */
export function deriveColumnLineage(input: ModelSqlInput): ModelColumnLineage {
  const complete = input.upstream.filter((r) => r.isComplete);
  const first = deriveWith(input, complete);
  if (complete.length === input.upstream.length || !needsDeclaredColumns(first))
    return first;
  const second = deriveWith(input, input.upstream);
  if (first.status !== "derived" || second.status !== "derived")
    return second.status === "derived"
      ? second
      : second.status === "parse_error"
        ? first
        : second;
  // Column by column, the complete schema's trace wins where it found anything.
  const traced = new Map(first.columns.map((c) => [c.column, c]));
  return {
    status: "derived",
    columns: second.columns.map((c) => {
      const known = traced.get(c.column);
      return known && known.sources.length > 0 ? known : c;
    }),
    rowSources:
      first.rowSources.length > 0 ? first.rowSources : second.rowSources,
  };
}

function needsDeclaredColumns(lineage: ModelColumnLineage): boolean {
  return (
    lineage.status !== "derived" ||
    lineage.columns.some((c) => c.sources.length === 0)
  );
}

/**
 * An incomplete column list misleads the parser (a column it does not list is
 * taken for a CTE's own), so the schema holds only complete relations first;
 * declared columns of the others are let in for what that could not trace
 * (a `select *` from such a relation, or one read by a quoted name, which the
 * parser expands only through a schema).
 */
function deriveWith(
  input: ModelSqlInput,
  known: UpstreamRelation[],
): ModelColumnLineage {
  const dialect = toSqlDialect(input.adapterType);
  const schema = toSchema(known);
  const sql = stripTrailingSemicolon(input.compiledCode);
  try {
    const analyzed = analyzeQuery(sql, { dialect, schema });
    if (!analyzed.success || !analyzed.analysis)
      return {
        status: "parse_error",
        error: analyzed.error ?? "the SQL did not parse",
      };
    if (hasUnexpandedStar(analyzed.analysis))
      return {
        status: "unknown_columns",
        error: "a select * reads a relation whose columns are unknown",
      };
    const relations = indexRelations(input.upstream);
    const columns: DerivedColumn[] = [];
    for (const name of listOutputColumns(analyzed.analysis)) {
      const traced = lineageWithSchema(name, sql, schema, dialect);
      if (!traced.success || !traced.lineage)
        return {
          status: "parse_error",
          error: `${name}: ${traced.error ?? "not traced"}`,
        };
      columns.push({
        column: foldName(name),
        sources: collectSources(traced.lineage, name, relations),
      });
    }
    return {
      status: "derived",
      columns,
      rowSources: collectRowSources(analyzed.analysis, columns, relations),
    };
  } catch (error) {
    return { status: "parse_error", error: (error as Error).message };
  }
}

function hasUnexpandedStar(analysis: QueryAnalysis): boolean {
  return analysis.projections.some(
    (p) =>
      p.isStar &&
      !analysis.starProjections.some(
        (s) => s.index === p.index && s.expandedColumns.length > 0,
      ),
  );
}

function toSchema(upstream: UpstreamRelation[]): Schema {
  return {
    strict: false,
    tables: upstream.map((relation) => ({
      name: toSchemaTableName(relation),
      columns: relation.columns.map((column) => ({
        name: column.name.toLowerCase(),
        type: column.type ?? "unknown",
      })),
    })),
  };
}

/** dbt leaves a trailing semicolon in some compiled SQL; one statement is what is analyzed. */
function stripTrailingSemicolon(sql: string): string {
  return sql.replace(/;\s*$/, "");
}

/** The model's output columns in order, a `*` expanded through the schema. */
function listOutputColumns(analysis: QueryAnalysis): string[] {
  const names: string[] = [];
  for (const projection of analysis.projections) {
    if (!projection.isStar) {
      if (projection.name) names.push(projection.name);
      continue;
    }
    const star = analysis.starProjections.find(
      (s) => s.index === projection.index,
    );
    names.push(...(star?.expandedColumns ?? []));
  }
  return [...new Set(names)];
}

/** Walks the lineage tree down to table columns, keeping each one's strongest kind on the way. */
function collectSources(
  root: LineageNode,
  output: string,
  relations: RelationIndex,
): ColumnSource[] {
  const found = new Map<string, ColumnSource>();
  const visit = (node: LineageNode, kind: ValueEdgeKind | "direct") => {
    const step = classifyStep(node.expression);
    const along =
      kind === "direct"
        ? step
        : step === "direct"
          ? kind
          : strongerKind(kind, step);
    if (node.downstream.length > 0) {
      for (const child of node.downstream) visit(child, along);
      return;
    }
    if (node.source_kind !== "table") return;
    const relation = relations(node.source_name);
    if (!relation) return;
    const column = foldName(lastPart(node.name));
    const finalKind: ValueEdgeKind =
      along === "direct"
        ? column === foldName(output)
          ? "passthrough"
          : "rename"
        : along;
    const key = `${relation.uniqueId}\u0000${column}`;
    const known = found.get(key);
    if (
      known &&
      known.kind !== "filter" &&
      strongerKind(known.kind, finalKind) === known.kind
    )
      return;
    found.set(key, {
      uniqueId: relation.uniqueId,
      project: relation.project,
      column,
      kind: finalKind,
    });
  };
  visit(root, "direct");
  return [...found.values()];
}

/** One projection step: a bare column copies, an aggregate reduces, anything else computes. */
function classifyStep(expression: Expression): ValueEdgeKind | "direct" {
  const inner = unwrapAlias(expression);
  if (ast.isColumn(inner)) return "direct";
  if (ast.hasAggregates(inner)) return "aggregation";
  return "expression";
}

function unwrapAlias(expression: Expression): Expression {
  if (!ast.isAlias(expression)) return expression;
  const alias = (expression as { alias: { this: Expression } }).alias;
  return alias.this;
}

function lastPart(name: string): string {
  return name.slice(name.lastIndexOf(".") + 1);
}

/** Table columns used to filter, join or group rows that no output column's value comes from. */
function collectRowSources(
  analysis: QueryAnalysis,
  columns: DerivedColumn[],
  relations: RelationIndex,
): ColumnSource[] {
  const valued = new Set(
    columns.flatMap((c) =>
      c.sources.map((s) => `${s.uniqueId}\u0000${foldName(s.column)}`),
    ),
  );
  const found = new Map<string, ColumnSource>();
  for (const use of analysis.columnUses ?? []) {
    if (!ROW_CONTEXTS.has(use.context)) continue;
    for (const reference of use.references) {
      if (reference.sourceKind !== "table" || !reference.sourceName) continue;
      const relation = relations(reference.sourceName);
      if (!relation) continue;
      const key = `${relation.uniqueId}\u0000${foldName(reference.column)}`;
      if (valued.has(key) || found.has(key)) continue;
      found.set(key, {
        uniqueId: relation.uniqueId,
        project: relation.project,
        column: foldName(reference.column),
        kind: "filter",
      });
    }
  }
  return [...found.values()];
}
