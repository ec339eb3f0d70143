import { describe, expect, test } from "vitest";
import { holds, toSql, type Rule } from "./sql-rule";

const A_IS_B: Rule<"x"> = { op: "eq", left: ["x", "a"], right: ["x", "b"] };
const NOT_A_IS_B_WHEN_NULL: Rule<"x"> = {
  op: "if",
  when: { op: "isNull", field: ["x", "a"] },
  then: { op: "in", field: ["x", "b"], values: ["model", "seed"] },
  else: A_IS_B,
};

describe("holds follows SQL's three-valued logic", () => {
  test.each([
    ["equal", A_IS_B, { a: "1", b: "1" }, true],
    ["different", A_IS_B, { a: "1", b: "2" }, false],
    ["NULL = NULL is unknown, not true", A_IS_B, { a: null, b: null }, false],
    [
      "OR with an unknown side holds when the other does",
      { op: "or", rules: [A_IS_B, { op: "isNull", field: ["x", "a"] }] },
      { a: null, b: "1" },
      true,
    ],
    [
      "CASE WHEN takes THEN on a true condition",
      NOT_A_IS_B_WHEN_NULL,
      { a: null, b: "seed" },
      true,
    ],
    [
      "IN with NULL is unknown",
      NOT_A_IS_B_WHEN_NULL,
      { a: null, b: null },
      false,
    ],
    [
      "NOT of unknown is unknown",
      { op: "not", rule: A_IS_B },
      { a: null, b: "1" },
      false,
    ],
    ["NOT of false holds", { op: "not", rule: A_IS_B }, { a: "1", b: "2" }, true],
    [
      "CASE WHEN takes ELSE otherwise",
      NOT_A_IS_B_WHEN_NULL,
      { a: "2", b: "2" },
      true,
    ],
  ] as const)("%s", (_name, rule: Rule<"x">, x, expected) => {
    expect(holds(rule, { x })).toBe(expected);
  });

  test("a field the inputs lack is an error, not a silent NULL", () => {
    expect(() => holds(A_IS_B, { x: { a: "1" } })).toThrow("no field x.b");
  });
});

describe("toSql", () => {
  test("renders the same rule over the given columns", () => {
    expect(toSql(NOT_A_IS_B_WHEN_NULL, { x: { a: "t.a", b: "t.b" } })).toBe(
      "CASE WHEN t.a IS NULL THEN t.b IN ('model', 'seed') ELSE t.a = t.b END",
    );
  });
});
