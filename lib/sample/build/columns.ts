/**
 * Column entries as dbt 1.10 writes them. A column appears in the manifest
 * only if YAML declares it (a contract must declare all of them); the
 * catalog lists every column the warehouse has, documented or not.
 */
import type { JsonObject, JsonValue } from "../serialize";
import type { ColumnConstraint, ColumnSpec } from "../spec";
import type { DocRenderer } from "./docs";
import type { Resolver } from "./resolve";
import { toContractType } from "./warehouse";

export function isDeclared(column: ColumnSpec, hasContract: boolean): boolean {
  if (column.isUndeclared) return false;
  return (
    hasContract ||
    column.description !== undefined ||
    column.doc !== undefined ||
    (column.tests?.length ?? 0) > 0 ||
    (column.constraints?.length ?? 0) > 0
  );
}

function describe(
  column: ColumnSpec,
  docs: DocRenderer,
): { text: string; docBlocks: string[] } {
  if (column.doc) return docs.renderBlock(column.doc);
  return docs.render(column.description ?? "");
}

/** A constraint entry; foreign keys carry the rendered target relation. */
export function buildConstraint(
  constraint: ColumnConstraint,
  resolver: Resolver,
): JsonObject {
  const isForeignKey = constraint.type === "foreign_key";
  return {
    type: constraint.type,
    name: null,
    expression: constraint.type === "check" ? constraint.expression : null,
    warn_unenforced:
      constraint.type !== "not_null" && constraint.type !== "check"
        ? false
        : true,
    warn_unsupported: true,
    to: isForeignKey ? resolver.ref(constraint.to).relationName : null,
    to_columns: isForeignKey ? [constraint.toColumn] : [],
  };
}

export function buildColumns(
  columns: ColumnSpec[],
  options: { hasContract: boolean; docs: DocRenderer; resolver: Resolver },
): JsonObject {
  const section: JsonObject = {};
  for (const column of columns) {
    if (!isDeclared(column, options.hasContract)) continue;
    const { text, docBlocks } = describe(column, options.docs);
    const meta: Record<string, JsonValue> = column.meta ?? {};
    const tags = column.tags ?? [];
    section[column.name] = {
      name: column.name,
      description: text,
      meta,
      data_type: options.hasContract ? toContractType(column.type) : null,
      constraints: (column.constraints ?? []).map((c) =>
        buildConstraint(c, options.resolver),
      ),
      quote: null,
      config: { meta, tags },
      tags,
      granularity: null,
      doc_blocks: docBlocks,
    };
  }
  return section;
}
