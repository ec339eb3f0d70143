import { toColumnName, toColumnSetKey } from "./identifiers";
import type { StarInputs, StarTableInput, StarTestInput } from "./types";

/** What a table's constraints, tests and entities say about its keys. */
export type TableKeys = {
  /** The primary key, declared or inferred; empty when unknown. */
  primary: string[];
  /** Every column set known to be unique (the primary key included). */
  uniques: string[][];
};

type Facts = {
  declaredPrimary: string[];
  entityPrimary: string[];
  uniqueColumns: string[];
  notNull: Set<string>;
  combinations: string[][];
  uniques: string[][];
};

/**
 * The keys of each table. Primary key, in order of trust: `primary_key`
 * constraints (column-level ones together form one composite key) or
 * dbt_constraints `primary_key` tests; a semantic model's primary entity; the
 * one column tested both `unique` and `not_null` (dbt's own inference); a
 * dbt_utils `unique_combination_of_columns`. Unique sets come from all of them
 * plus `unique` constraints and tests.
 */
export function collectKeys(inputs: StarInputs): Map<string, TableKeys> {
  const facts = new Map<string, Facts>();
  const factsOf = (key: string) => {
    let found = facts.get(key);
    if (!found) {
      found = {
        declaredPrimary: [],
        entityPrimary: [],
        uniqueColumns: [],
        notNull: new Set(),
        combinations: [],
        uniques: [],
      };
      facts.set(key, found);
    }
    return found;
  };
  for (const table of inputs.tables)
    addConstraintFacts(table, factsOf(table.key));
  for (const test of inputs.tests)
    if (test.attachedKey) addTestFacts(test, factsOf(test.attachedKey));
  for (const model of inputs.semanticModels) {
    if (!model.tableKey) continue;
    const target = factsOf(model.tableKey);
    for (const entity of model.entities) {
      const column = toColumnName(entity.expr ?? entity.name);
      if (!column) continue;
      if (entity.type === "primary") target.entityPrimary = [column];
      if (entity.type === "primary" || entity.type === "unique")
        target.uniques.push([column]);
    }
  }
  return new Map([...facts].map(([key, f]) => [key, summarize(f)]));
}

function addConstraintFacts(table: StarTableInput, facts: Facts): void {
  for (const column of table.columns) {
    for (const constraint of column.constraints) {
      const type = typeOf(constraint);
      if (type === "primary_key") facts.declaredPrimary.push(column.name);
      if (type === "unique") facts.uniques.push([column.name]);
      if (type === "not_null") facts.notNull.add(column.name.toLowerCase());
    }
  }
  for (const constraint of table.constraints) {
    const columns = columnsOf(constraint, "columns");
    if (columns.length === 0) continue;
    const type = typeOf(constraint);
    if (type === "primary_key") facts.declaredPrimary.push(...columns);
    if (type === "unique") facts.uniques.push(columns);
  }
}

function addTestFacts(test: StarTestInput, facts: Facts): void {
  const column = toColumnName(test.columnName ?? test.kwargs.column_name);
  const columns = column ? [column] : columnsOf(test.kwargs, "column_names");
  switch (test.testName ?? "") {
    case "unique":
      if (column) facts.uniqueColumns.push(column);
      return;
    case "not_null":
      if (column) facts.notNull.add(column.toLowerCase());
      return;
    case "primary_key":
      if (columns.length > 0) facts.declaredPrimary.push(...columns);
      return;
    case "unique_key":
      if (columns.length > 0) facts.uniques.push(columns);
      return;
    case "unique_combination_of_columns": {
      const combination = columnsOf(test.kwargs, "combination_of_columns");
      if (combination.length > 0) facts.combinations.push(combination);
      return;
    }
    default:
      return;
  }
}

function summarize(facts: Facts): TableKeys {
  const tested = dedupe(
    facts.uniqueColumns
      .filter((c) => facts.notNull.has(c.toLowerCase()))
      .map((c) => [c]),
  );
  const candidates = [
    dedupe([facts.declaredPrimary])[0] ?? [],
    facts.entityPrimary,
    tested.length === 1 ? (tested[0] ?? []) : [],
    facts.combinations[0] ?? [],
  ];
  const primary = candidates.find((set) => set.length > 0) ?? [];
  const uniques = dedupe([
    primary,
    ...facts.uniques,
    ...facts.uniqueColumns.map((c) => [c]),
    ...facts.combinations,
  ]);
  return { primary, uniques };
}

function dedupe(sets: string[][]): string[][] {
  const seen = new Map<string, string[]>();
  for (const set of sets) {
    const unique = [...new Map(set.map((c) => [c.toLowerCase(), c])).values()];
    if (unique.length > 0) seen.set(toColumnSetKey(unique), unique);
  }
  return [...seen.values()];
}

/** A constraint's or kwargs' `type`. */
export function typeOf(constraint: unknown): string | null {
  if (typeof constraint !== "object" || constraint === null) return null;
  const type = (constraint as Record<string, unknown>).type;
  return typeof type === "string" ? type : null;
}

/** Column names in a list field (`columns`, `to_columns`, `column_names`, ...). */
export function columnsOf(record: unknown, field: string): string[] {
  if (typeof record !== "object" || record === null) return [];
  const value = (record as Record<string, unknown>)[field];
  const list = Array.isArray(value) ? (value as unknown[]) : [value];
  return list.map(toColumnName).filter((c): c is string => c !== null);
}

/** Whether `columns` are unique by the keys: they include a whole unique set. */
export function isUniqueBy(keys: TableKeys | undefined, columns: string[]) {
  if (!keys || columns.length === 0) return false;
  const have = new Set(columns.map((c) => c.toLowerCase()));
  return keys.uniques.some((set) =>
    set.every((c) => have.has(c.toLowerCase())),
  );
}
