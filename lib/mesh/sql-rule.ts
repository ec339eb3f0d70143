/**
 * A rule over text fields, stated once as data and read two ways: evaluated
 * in TypeScript (on snapshots held in memory) and rendered as a SQL boolean
 * (on stored rows). Evaluation follows SQL's three-valued logic (a
 * comparison with NULL is unknown, and unknown is not true), so both readings
 * agree on every row, NULLs included.
 */
import { toSqlList } from "./sql-list";

/** A field of one of the rule's inputs: `["ref", "name"]`. */
export type Field<S extends string> = readonly [side: S, key: string];

export type Rule<S extends string> =
  | { op: "eq"; left: Field<S>; right: Field<S> }
  | { op: "isNull"; field: Field<S> }
  | { op: "in"; field: Field<S>; values: readonly string[] }
  | { op: "and" | "or"; rules: readonly Rule<S>[] }
  | { op: "not"; rule: Rule<S> }
  | { op: "if"; when: Rule<S>; then: Rule<S>; else: Rule<S> };

type Value = string | null;
/** SQL's truth values: true, false and unknown (null). */
type Truth = boolean | null;

export type Inputs<S extends string> = Record<
  S,
  Readonly<Record<string, Value>>
>;
/** The SQL expression of each field: `{ ref: { name: "e.parent_name" } }`. */
export type Columns<S extends string> = Record<
  S,
  Readonly<Record<string, string>>
>;

function read<S extends string>(inputs: Inputs<S>, [side, key]: Field<S>) {
  const value = inputs[side][key];
  if (value === undefined) throw new Error(`no field ${side}.${key}`);
  return value;
}

function evaluate<S extends string>(rule: Rule<S>, inputs: Inputs<S>): Truth {
  switch (rule.op) {
    case "eq": {
      const left = read(inputs, rule.left);
      const right = read(inputs, rule.right);
      return left === null || right === null ? null : left === right;
    }
    case "isNull":
      return read(inputs, rule.field) === null;
    case "in": {
      const value = read(inputs, rule.field);
      return value === null ? null : rule.values.includes(value);
    }
    case "and": {
      const truths = rule.rules.map((r) => evaluate(r, inputs));
      if (truths.includes(false)) return false;
      return truths.includes(null) ? null : true;
    }
    case "or": {
      const truths = rule.rules.map((r) => evaluate(r, inputs));
      if (truths.includes(true)) return true;
      return truths.includes(null) ? null : false;
    }
    case "not": {
      const truth = evaluate(rule.rule, inputs);
      return truth === null ? null : !truth;
    }
    case "if":
      // CASE WHEN: an unknown condition takes the ELSE branch.
      return evaluate(rule.when, inputs) === true
        ? evaluate(rule.then, inputs)
        : evaluate(rule.else, inputs);
  }
}

/** Whether the rule holds for these inputs, as a SQL WHERE would decide. */
export function holds<S extends string>(
  rule: Rule<S>,
  inputs: Inputs<S>,
): boolean {
  return evaluate(rule, inputs) === true;
}

function column<S extends string>(columns: Columns<S>, [side, key]: Field<S>) {
  const sql = columns[side][key];
  if (sql === undefined) throw new Error(`no column for ${side}.${key}`);
  return sql;
}

/** The rule as a SQL boolean expression over the given columns. */
export function toSql<S extends string>(
  rule: Rule<S>,
  columns: Columns<S>,
): string {
  switch (rule.op) {
    case "eq":
      return `${column(columns, rule.left)} = ${column(columns, rule.right)}`;
    case "isNull":
      return `${column(columns, rule.field)} IS NULL`;
    case "in":
      return `${column(columns, rule.field)} IN ${toSqlList(rule.values)}`;
    case "and":
    case "or":
      return rule.rules
        .map((r) => `(${toSql(r, columns)})`)
        .join(` ${rule.op.toUpperCase()} `);
    case "not":
      return `NOT (${toSql(rule.rule, columns)})`;
    case "if":
      return `CASE WHEN ${toSql(rule.when, columns)} THEN ${toSql(rule.then, columns)} ELSE ${toSql(rule.else, columns)} END`;
  }
}
