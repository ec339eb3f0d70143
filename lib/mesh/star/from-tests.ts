import {
  parseTargetCall,
  toColumnName,
  type ParsedTarget,
} from "./identifiers";
import { columnsOf } from "./keys";
import type { RelationshipEnd, StarTestInput, TestParent } from "./types";

/** A join found in one place, before its cardinality is known. */
export type FoundJoin = {
  from: RelationshipEnd;
  to: RelationshipEnd;
  source: "test" | "constraint" | "entity";
  /** What the source itself says (semantic entities declare it). */
  cardinality?: "many_to_one" | "one_to_one";
};

const RELATIONSHIP_TESTS = new Set(["relationships", "relationships_where"]);

/**
 * Joins declared by tests: dbt's `relationships` (and dbt_utils'
 * `relationships_where`): `column_name` of the tested model references `field`
 * of `to`; dbt_constraints' `foreign_key`: `fk_column_name(s)` (or
 * `column_name`) references `pk_column_name(s)` of `pk_table_name`. Tests on
 * expressions rather than columns are left out.
 */
export function findTestJoins(tests: StarTestInput[]): FoundJoin[] {
  const joins: FoundJoin[] = [];
  for (const test of tests) {
    if (!test.attachedKey) continue;
    const shape = readJoinShape(test);
    if (!shape) continue;
    const target = resolveTestTarget(test, shape.target);
    if (!target || shape.from.length === 0) continue;
    if (shape.from.length !== shape.to.length) continue;
    joins.push({
      from: { table: test.attachedKey, columns: shape.from },
      to: { table: target, columns: shape.to },
      source: "test",
    });
  }
  return joins;
}

function readJoinShape(
  test: StarTestInput,
): { from: string[]; to: string[]; target: unknown } | null {
  const { kwargs } = test;
  if (test.testName && RELATIONSHIP_TESTS.has(test.testName)) {
    const from = toColumnName(test.columnName ?? kwargs.column_name);
    const to = toColumnName(kwargs.field);
    if (!from || !to) return null;
    return { from: [from], to: [to], target: kwargs.to };
  }
  if (test.testName === "foreign_key" && kwargs.pk_table_name !== undefined) {
    const from = firstNonEmpty(
      columnsOf(kwargs, "fk_column_names"),
      columnsOf(kwargs, "fk_column_name"),
      columnsOf(kwargs, "column_name"),
      test.columnName ? [test.columnName] : [],
    );
    const to = firstNonEmpty(
      columnsOf(kwargs, "pk_column_names"),
      columnsOf(kwargs, "pk_column_name"),
    );
    return { from, to, target: kwargs.pk_table_name };
  }
  return null;
}

function firstNonEmpty(...lists: string[][]): string[] {
  return lists.find((list) => list.length > 0) ?? [];
}

/**
 * The table a test's `to` names, among the nodes the test depends on: the
 * one matching the `ref()` or `source()` call, else the only parent besides
 * the tested model (a test's `to` is always among its parents), else the
 * tested model itself when it references itself.
 */
export function resolveTestTarget(
  test: StarTestInput,
  target: unknown,
): string | null {
  const parsed = parseTargetCall(target);
  const others = withoutOnce(test.parents, test.attachedKey);
  const matches = parsed
    ? test.parents.filter((p) => isNamedBy(p, parsed))
    : [];
  const preferred = matches.find((p) => p.key !== test.attachedKey);
  if (preferred) return preferred.key;
  if (matches.length > 0) return matches[0]?.key ?? null;
  if (others.length === 1) return others[0]?.key ?? null;
  if (others.length === 0 && test.parents.length > 0) return test.attachedKey;
  return null;
}

function withoutOnce(parents: TestParent[], key: string | null) {
  const index = parents.findIndex((p) => p.key === key);
  return index < 0 ? parents : parents.filter((_, i) => i !== index);
}

function isNamedBy(parent: TestParent, target: ParsedTarget): boolean {
  if (target.kind === "source") {
    return (
      parent.resourceType === "source" &&
      parent.uniqueId.endsWith(`.${target.source}.${target.table}`)
    );
  }
  if (parent.resourceType === "source" || parent.name !== target.name)
    return false;
  if (target.version === null) return true;
  return parent.uniqueId.endsWith(`.v${target.version}`);
}
