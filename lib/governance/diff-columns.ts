import { compareConstraints } from "./diff-constraints";
import type { DiffColumn, DiffNode } from "./diff-types";
import type { NodeFinding } from "./diff-finding";

/**
 * The type both sides state the same way: declared types compared with
 * declared ones, warehouse types with warehouse ones; null when one side
 * does not know (a catalog.json uploaded once and not the next time is no
 * type change).
 */
export function compareColumnTypes(
  before: DiffColumn,
  after: DiffColumn,
): { before: string; after: string } | null {
  const pairs: [string | null, string | null][] = [
    [before.dataType, after.dataType],
    [before.catalogType, after.catalogType],
  ];
  for (const [a, b] of pairs) {
    if (a === null || b === null) continue;
    return normalizeType(a) === normalizeType(b)
      ? null
      : { before: a, after: b };
  }
  return null;
}

function normalizeType(type: string): string {
  return type.trim().replace(/\s+/g, " ").toLowerCase();
}

function typeOf(column: DiffColumn): string | null {
  const type = column.dataType ?? column.catalogType;
  return type === null ? null : normalizeType(type);
}

/**
 * The column changes of one node. A column removed and another added at the
 * same position with the same type (or both untyped) is a rename; any other
 * removal is a removal. A column only the warehouse listed (catalog.json, no
 * declared type) is not known to be gone when the new side brought no
 * catalog.json for the node: uploading a manifest alone removes nothing.
 */
export function diffColumns(before: DiffNode, after: DiffNode): NodeFinding[] {
  const findings: NodeFinding[] = [];
  const afterByName = new Map(after.columns.map((c) => [key(c), c]));
  const beforeByName = new Map(before.columns.map((c) => [key(c), c]));
  const knowsWarehouse = after.columns.some((c) => c.catalogType !== null);
  const isUnknown = (column: DiffColumn) =>
    !knowsWarehouse && column.dataType === null && column.catalogType !== null;
  const removed = before.columns
    .map((column, position) => ({ column, position }))
    .filter(
      ({ column }) => !afterByName.has(key(column)) && !isUnknown(column),
    );
  const added = after.columns
    .map((column, position) => ({ column, position }))
    .filter(({ column }) => !beforeByName.has(key(column)));
  const renamedTo = new Map<string, DiffColumn>();
  for (const gone of removed) {
    const match = added.find(
      (candidate) =>
        candidate.position === gone.position &&
        typeOf(candidate.column) === typeOf(gone.column),
    );
    if (match) renamedTo.set(key(gone.column), match.column);
  }
  const renamedNames = new Set([...renamedTo.values()].map(key));
  for (const { column } of removed) {
    const to = renamedTo.get(key(column));
    findings.push(
      to
        ? {
            kind: "column_renamed",
            column: column.name,
            before: column.name,
            after: to.name,
          }
        : { kind: "column_removed", column: column.name, before: column.name },
    );
  }
  for (const { column } of added)
    if (!renamedNames.has(key(column)))
      findings.push({
        kind: "column_added",
        column: column.name,
        after: column.name,
      });
  for (const column of before.columns) {
    const kept = afterByName.get(key(column));
    if (kept) findings.push(...diffColumn(column, kept));
  }
  return findings;
}

function diffColumn(before: DiffColumn, after: DiffColumn): NodeFinding[] {
  const findings: NodeFinding[] = [];
  const column = after.name;
  const types = compareColumnTypes(before, after);
  if (types) findings.push({ kind: "column_type_changed", column, ...types });
  findings.push(
    ...compareConstraints(before.constraints, after.constraints, column),
  );
  if (before.description !== after.description)
    findings.push({ kind: "column_description_changed", column });
  return findings;
}

// Warehouses and dbt match column names case-insensitively.
function key(column: DiffColumn): string {
  return column.name.toLowerCase();
}
