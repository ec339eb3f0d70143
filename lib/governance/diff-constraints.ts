import type { NodeFinding } from "./diff-finding";

type ConstraintShape = {
  type?: unknown;
  columns?: unknown;
  expression?: unknown;
};

/** A constraint as a reader sees it: `primary_key (id)`, `check (amount > 0)`, `not_null`. */
export function describeConstraint(constraint: unknown): string {
  if (typeof constraint !== "object" || constraint === null)
    return String(constraint);
  const { type, columns, expression } = constraint as ConstraintShape;
  const parts = [typeof type === "string" ? type : "constraint"];
  if (Array.isArray(columns) && columns.length > 0)
    parts.push(`(${columns.map(String).join(", ")})`);
  if (typeof expression === "string" && expression.trim() !== "")
    parts.push(expression.trim());
  return parts.join(" ");
}

/** Constraints dropped and added between two lists (on a node, or on `column`). */
export function compareConstraints(
  before: unknown[],
  after: unknown[],
  column?: string,
): NodeFinding[] {
  const beforeSet = new Set(before.map(describeConstraint));
  const afterSet = new Set(after.map(describeConstraint));
  const findings: NodeFinding[] = [];
  for (const text of beforeSet)
    if (!afterSet.has(text))
      findings.push({ kind: "constraint_dropped", column, before: text });
  for (const text of afterSet)
    if (!beforeSet.has(text))
      findings.push({ kind: "constraint_added", column, after: text });
  return findings;
}
