import type { FoundJoin } from "./from-tests";
import {
  parseReferencesExpression,
  parseTargetCall,
  splitRelationName,
} from "./identifiers";
import { columnsOf, typeOf, type TableKeys } from "./keys";
import type { StarTableInput } from "./types";

/**
 * Joins declared by `foreign_key` constraints, column-level or model-level.
 * dbt 1.9+ writes the target as `to` (the rendered relation, or a `ref()`)
 * with `to_columns`; older projects wrote SQL in `expression`
 * (`analytics.dim_customers (customer_id)`). The relation is matched to a
 * known table by name, ignoring quotes and case, a shorter name matching the
 * end of a longer one when only one table fits. Without target columns, the
 * foreign key references the target's primary key, as in SQL.
 */
export function findConstraintJoins(
  tables: StarTableInput[],
  keys: ReadonlyMap<string, TableKeys>,
): FoundJoin[] {
  const joins: FoundJoin[] = [];
  const add = (table: StarTableInput, from: string[], constraint: unknown) => {
    const target = readTarget(constraint);
    if (!target || from.length === 0) return;
    const to = resolveRelation(target.relation, tables);
    if (!to) return;
    const toColumns =
      target.columns.length > 0
        ? target.columns
        : (keys.get(to)?.primary ?? []);
    if (toColumns.length !== from.length) return;
    joins.push({
      from: { table: table.key, columns: from },
      to: { table: to, columns: toColumns },
      source: "constraint",
    });
  };
  for (const table of tables) {
    for (const column of table.columns)
      for (const constraint of column.constraints)
        if (typeOf(constraint) === "foreign_key")
          add(table, [column.name], constraint);
    for (const constraint of table.constraints)
      if (typeOf(constraint) === "foreign_key")
        add(table, columnsOf(constraint, "columns"), constraint);
  }
  return joins;
}

function readTarget(
  constraint: unknown,
): { relation: string; columns: string[] } | null {
  const record = constraint as Record<string, unknown>;
  if (typeof record.to === "string" && record.to.trim() !== "")
    return { relation: record.to, columns: columnsOf(record, "to_columns") };
  return parseReferencesExpression(record.expression);
}

/** The table a relation name (or `ref()` text) designates, when exactly one fits. */
export function resolveRelation(
  text: string,
  tables: StarTableInput[],
): string | null {
  const call = parseTargetCall(text);
  if (call) {
    const named = tables.filter((t) =>
      call.kind === "ref"
        ? t.name === call.name && t.resourceType !== "source"
        : t.resourceType === "source" &&
          t.uniqueId.endsWith(`.${call.source}.${call.table}`),
    );
    return named.length === 1 ? (named[0]?.key ?? null) : null;
  }
  const wanted = splitRelationName(text);
  if (wanted.length === 0) return null;
  const fits = tables.filter((t) => {
    const parts = splitRelationName(t.relationName ?? t.name);
    return (
      parts.length >= wanted.length &&
      wanted.every((w, i) => parts[parts.length - wanted.length + i] === w)
    );
  });
  if (fits.length === 1) return fits[0]?.key ?? null;
  const exact = fits.filter(
    (t) => splitRelationName(t.relationName ?? "").length === wanted.length,
  );
  return exact.length === 1 ? (exact[0]?.key ?? null) : null;
}
