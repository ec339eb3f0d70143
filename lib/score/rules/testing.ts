import { z } from "zod";
import { isPassingStatus } from "@/lib/artifacts/run-statuses";
import type { ProductFacts, TestFact } from "../types";
import {
  defineRuleKind,
  fail,
  listSome,
  notApplicable,
  pass,
  plural,
} from "../rule-kind";

/** Tests that assert a whole key at once (dbt_utils, dbt_constraints). */
const KEY_TESTS = new Set(["unique_combination_of_columns", "primary_key"]);

function readConstraints(
  list: unknown[],
): { type: string; columns: string[] }[] {
  return list.flatMap((raw) => {
    if (typeof raw !== "object" || raw === null) return [];
    const { type, columns } = raw as { type?: unknown; columns?: unknown };
    if (typeof type !== "string") return [];
    const names = Array.isArray(columns)
      ? columns.filter((c): c is string => typeof c === "string")
      : [];
    return [{ type, columns: names }];
  });
}

/** Why the product's grain is asserted, or null when nothing asserts it. */
function findPrimaryKeyEvidence(facts: ProductFacts): string | null {
  const { node, tests } = facts;
  const modelKey = readConstraints(node.constraints).find(
    (c) => c.type === "primary_key",
  );
  if (modelKey)
    return `primary_key constraint on (${modelKey.columns.join(", ")})`;
  const columnKey = node.columns.find((c) =>
    readConstraints(c.constraints).some((k) => k.type === "primary_key"),
  );
  if (columnKey) return `primary_key constraint on ${columnKey.name}`;
  const keyTest = tests.find(
    (t) => t.testName !== null && KEY_TESTS.has(t.testName),
  );
  if (keyTest) return `${keyTest.testName} test ${keyTest.name}`;
  const byColumn = new Map<string, Set<string>>();
  for (const test of tests) {
    if (test.columnName === null || test.testName === null) continue;
    const key = test.columnName.toLowerCase();
    const names = byColumn.get(key) ?? new Set<string>();
    names.add(test.testName);
    byColumn.set(key, names);
  }
  for (const column of node.columns) {
    const names = byColumn.get(column.name.toLowerCase());
    if (!names?.has("unique")) continue;
    if (names.has("not_null"))
      return `unique and not_null tests on ${column.name}`;
    if (readConstraints(column.constraints).some((k) => k.type === "not_null"))
      return `unique test and not_null constraint on ${column.name}`;
  }
  for (const [column, names] of byColumn)
    if (names.has("unique") && names.has("not_null"))
      return `unique and not_null tests on ${column}`;
  return null;
}

export const PRIMARY_KEY_TESTED = defineRuleKind({
  id: "primary-key-tested",
  title: "Primary key tested",
  defaultLevel: "silver",
  advice:
    "Test the column that is the grain with `unique` and `not_null` (or declare a `primary_key` constraint; for a composite key, dbt_utils.unique_combination_of_columns).",
  params: z.object({}),
  check: (facts) => {
    const evidence = findPrimaryKeyEvidence(facts);
    if (evidence !== null) return pass(evidence);
    const unique = facts.tests
      .filter((t) => t.testName === "unique")
      .map((t) => t.columnName ?? "?");
    return fail(
      unique.length > 0
        ? `unique test on ${listSome(unique)} but no not_null test or constraint on the same column`
        : "no unique + not_null pair, primary_key constraint or key test",
    );
  },
});

function describeFailures(tests: TestFact[]): string[] {
  return tests
    .filter((t) => t.status !== null && !isPassingStatus(t.status))
    .map((t) => `${t.name} (${t.status})`);
}

export const TESTS_PASSING = defineRuleKind({
  id: "tests-passing",
  title: "Tested, and passing in the latest run",
  defaultLevel: "silver",
  advice:
    "Add data tests to the model and its columns (and unit tests for tricky logic), run `dbt build`, and upload run_results.json with the manifest so that results are visible.",
  params: z.object({
    min_tests: z.number().int().nonnegative().default(1),
  }),
  tighten: { min_tests: "raise" },
  check: ({ tests, artifacts }, { min_tests }) => {
    if (tests.length === 0 && min_tests > 0)
      return fail("no tests on the model or its columns");
    if (tests.length < min_tests)
      return fail(
        `${plural(tests.length, "test")}; the policy asks for at least ${min_tests}`,
      );
    if (tests.length === 0) return pass("the policy asks for no tests");
    const failing = describeFailures(tests);
    if (failing.length > 0)
      return fail(
        `${failing.length} of ${plural(tests.length, "test")} not passing in the latest run: ${listSome(failing)}`,
      );
    const notRun = tests.filter((t) => t.status === null).map((t) => t.name);
    if (notRun.length === tests.length)
      return fail(
        `${plural(tests.length, "test")}, none with a result${artifacts.hasRunResults ? " in the latest run" : ": no run_results.json"}`,
      );
    if (notRun.length > 0)
      return fail(
        `${notRun.length} of ${plural(tests.length, "test")} without a result in the latest run: ${listSome(notRun)}`,
      );
    return pass(
      `${tests.length} of ${plural(tests.length, "test")} pass in the latest run`,
    );
  },
});

export const UPSTREAM_TESTS_PASSING = defineRuleKind({
  id: "upstream-tests-passing",
  title: "Tested upstream, and passing",
  defaultLevel: "gold",
  advice:
    "Test the models, seeds, snapshots and sources the product is built from, where problems start; keep those tests passing in every build.",
  params: z.object({
    /** Share of upstream nodes that must carry at least one test, in percent. */
    min_tested_percent: z.number().min(0).max(100).default(0),
  }),
  tighten: { min_tested_percent: "raise" },
  check: ({ upstream, artifacts }, { min_tested_percent }) => {
    const { tests, nodeCount, testedNodeCount } = upstream;
    if (nodeCount === 0)
      return notApplicable("nothing upstream in this project");
    const nodes = plural(nodeCount, "upstream node");
    if (tests.total === 0) return fail(`none of the ${nodes} has a test`);
    const testedPercent = (testedNodeCount / nodeCount) * 100;
    if (testedPercent < min_tested_percent)
      return fail(
        `${testedNodeCount} of ${nodes} tested (${Math.floor(testedPercent)}%; the policy asks for ${min_tested_percent}%)`,
      );
    if (tests.failing.length > 0)
      return fail(
        `${tests.failing.length} of ${plural(tests.total, "upstream test")} not passing: ${listSome(tests.failing)}`,
      );
    if (tests.notRun === tests.total && !artifacts.hasRunResults)
      return fail(
        `${plural(tests.total, "upstream test")}, none with a result: no run_results.json`,
      );
    if (tests.notRun > 0)
      return fail(
        `${tests.notRun} of ${plural(tests.total, "upstream test")} without a result in the latest run`,
      );
    return pass(
      `${tests.total} of ${plural(tests.total, "upstream test")} pass (on ${testedNodeCount} of ${nodes})`,
    );
  },
});
