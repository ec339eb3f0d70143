import { describe, expect, test } from "vitest";
import type { ProductFacts, UpstreamFacts } from "../types";
import { makeColumn, makeFacts, makeTest, runRule } from "@/tests/score-facts";
import {
  PRIMARY_KEY_TESTED,
  TESTS_PASSING,
  UPSTREAM_TESTS_PASSING,
} from "./testing";

const unique = (column: string) =>
  makeTest(`unique_orders_${column}`, {
    testName: "unique",
    columnName: column,
  });
const notNull = (column: string) =>
  makeTest(`not_null_orders_${column}`, {
    testName: "not_null",
    columnName: column,
  });

describe("primary-key-tested", () => {
  const id = makeColumn("order_id");
  const cases: [string, ProductFacts, string, string][] = [
    [
      "unique and not_null on one column",
      makeFacts(
        { columns: [id] },
        { tests: [unique("order_id"), notNull("order_id")] },
      ),
      "pass",
      "unique and not_null tests on order_id",
    ],
    [
      "tests named in another case than the column",
      makeFacts(
        { columns: [makeColumn("ORDER_ID")] },
        { tests: [unique("order_id"), notNull("order_id")] },
      ),
      "pass",
      "unique and not_null tests on ORDER_ID",
    ],
    [
      "a model-level primary_key constraint",
      makeFacts({
        constraints: [{ type: "primary_key", columns: ["order_id"] }],
      }),
      "pass",
      "primary_key constraint on (order_id)",
    ],
    [
      "a column-level primary_key constraint",
      makeFacts({
        columns: [
          makeColumn("order_id", { constraints: [{ type: "primary_key" }] }),
        ],
      }),
      "pass",
      "primary_key constraint on order_id",
    ],
    [
      "a unique test and a not_null constraint",
      makeFacts(
        {
          columns: [
            makeColumn("order_id", { constraints: [{ type: "not_null" }] }),
          ],
        },
        { tests: [unique("order_id")] },
      ),
      "pass",
      "unique test and not_null constraint on order_id",
    ],
    [
      "dbt_utils.unique_combination_of_columns",
      makeFacts(
        {},
        {
          tests: [
            makeTest("orders_grain", {
              testName: "unique_combination_of_columns",
            }),
          ],
        },
      ),
      "pass",
      "unique_combination_of_columns test orders_grain",
    ],
    [
      "unique and not_null on different columns",
      makeFacts(
        { columns: [id] },
        { tests: [unique("order_id"), notNull("customer_id")] },
      ),
      "fail",
      "unique test on order_id but no not_null test or constraint on the same column",
    ],
    [
      "no tests at all",
      makeFacts(),
      "fail",
      "no unique + not_null pair, primary_key constraint or key test",
    ],
  ];
  test.each(cases)("%s", (_case, facts, status, evidence) => {
    expect(runRule(PRIMARY_KEY_TESTED, facts)).toEqual({ status, evidence });
  });
});

describe("tests-passing", () => {
  const passing = makeTest("a");
  const cases: [
    string,
    ProductFacts,
    Record<string, unknown>,
    string,
    string,
  ][] = [
    [
      "no tests",
      makeFacts(),
      {},
      "fail",
      "no tests on the model or its columns",
    ],
    [
      "all pass",
      makeFacts({}, { tests: [passing, makeTest("b", { status: "success" })] }),
      {},
      "pass",
      "2 of 2 tests pass in the latest run",
    ],
    [
      "one warns, one fails",
      makeFacts(
        {},
        {
          tests: [
            passing,
            makeTest("b", { status: "warn" }),
            makeTest("c", { status: "fail" }),
          ],
        },
      ),
      {},
      "fail",
      "2 of 3 tests not passing in the latest run: b (warn), c (fail)",
    ],
    [
      "one has no result",
      makeFacts({}, { tests: [passing, makeTest("b", { status: null })] }),
      {},
      "fail",
      "1 of 2 tests without a result in the latest run: b",
    ],
    [
      "no run_results.json",
      makeFacts(
        {},
        {
          tests: [makeTest("a", { status: null })],
          artifacts: {
            hasRunResults: false,
            hasSources: false,
            hasCatalog: false,
          },
        },
      ),
      {},
      "fail",
      "1 test, none with a result: no run_results.json",
    ],
    [
      "fewer than the policy asks",
      makeFacts({}, { tests: [passing] }),
      { min_tests: 3 },
      "fail",
      "1 test; the policy asks for at least 3",
    ],
    [
      "a skipped test",
      makeFacts({}, { tests: [makeTest("a", { status: "skipped" })] }),
      {},
      "fail",
      "1 of 1 test not passing in the latest run: a (skipped)",
    ],
  ];
  test.each(cases)("%s", (_case, facts, params, status, evidence) => {
    expect(runRule(TESTS_PASSING, facts, params)).toEqual({ status, evidence });
  });
});

describe("upstream-tests-passing", () => {
  const upstream = (
    overrides: Partial<UpstreamFacts> & Partial<UpstreamFacts["tests"]>,
  ): UpstreamFacts => ({
    nodeCount: overrides.nodeCount ?? 4,
    testedNodeCount: overrides.testedNodeCount ?? 2,
    tests: {
      total: overrides.total ?? 6,
      passing: overrides.passing ?? 6,
      notRun: overrides.notRun ?? 0,
      failing: overrides.failing ?? [],
    },
    sources: [],
  });
  const cases: [
    string,
    UpstreamFacts,
    Record<string, unknown>,
    string,
    string,
  ][] = [
    [
      "nothing upstream",
      upstream({ nodeCount: 0, testedNodeCount: 0, total: 0, passing: 0 }),
      {},
      "not_applicable",
      "nothing upstream in this project",
    ],
    [
      "no upstream tests",
      upstream({ testedNodeCount: 0, total: 0, passing: 0 }),
      {},
      "fail",
      "none of the 4 upstream nodes has a test",
    ],
    [
      "all pass",
      upstream({}),
      {},
      "pass",
      "6 of 6 upstream tests pass (on 2 of 4 upstream nodes)",
    ],
    [
      "one fails",
      upstream({ passing: 5, failing: ["not_null_stg_orders_id (fail)"] }),
      {},
      "fail",
      "1 of 6 upstream tests not passing: not_null_stg_orders_id (fail)",
    ],
    [
      "some without result",
      upstream({ passing: 4, notRun: 2 }),
      {},
      "fail",
      "2 of 6 upstream tests without a result in the latest run",
    ],
    [
      "too few nodes tested",
      upstream({}),
      { min_tested_percent: 80 },
      "fail",
      "2 of 4 upstream nodes tested (50%; the policy asks for 80%)",
    ],
  ];
  test.each(cases)("%s", (_case, facts, params, status, evidence) => {
    expect(
      runRule(
        UPSTREAM_TESTS_PASSING,
        makeFacts({}, { upstream: facts }),
        params,
      ),
    ).toEqual({ status, evidence });
  });
  test("says when there is no run_results.json at all", () => {
    const facts = makeFacts(
      {},
      {
        upstream: upstream({ passing: 0, notRun: 6 }),
        artifacts: {
          hasRunResults: false,
          hasSources: false,
          hasCatalog: false,
        },
      },
    );
    expect(runRule(UPSTREAM_TESTS_PASSING, facts).evidence).toBe(
      "6 upstream tests, none with a result: no run_results.json",
    );
  });
});
