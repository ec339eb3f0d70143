import { describe, expect, test } from "vitest";
import { mergeRunResults } from "./merge-run-results";
import type { ParsedRunResults } from "./types";

/** A run_results.json: when it was generated and each node's status. */
function run(
  generatedAt: string | null,
  invocationId: string,
  statuses: Record<string, string>,
): ParsedRunResults {
  return {
    generatedAt,
    invocationId,
    command: "build",
    results: Object.entries(statuses).map(([uniqueId, status]) => ({
      uniqueId,
      status,
      executionTime: 1,
      failures: null,
      message: null,
      completedAt: generatedAt,
      rowsAffected: null,
    })),
  };
}

const DAILY = run("2026-12-01T06:00:00.000Z", "daily", {
  "model.p.a": "success",
  "test.p.a_unique": "fail",
});
const TESTS = run("2026-12-01T07:00:00.000Z", "tests", {
  "test.p.a_unique": "pass",
  "test.p.b_not_null": "pass",
});
const UNDATED = run(null, "undated", { "model.p.a": "error" });

describe("mergeRunResults", () => {
  test.each([
    {
      name: "one file: its results, marked with its invocation",
      runs: [DAILY],
      expected: {
        "model.p.a": "success daily",
        "test.p.a_unique": "fail daily",
      },
    },
    {
      name: "a subset run later: the later result wins per node, the rest stay",
      runs: [DAILY, TESTS],
      expected: {
        "model.p.a": "success daily",
        "test.p.a_unique": "pass tests",
        "test.p.b_not_null": "pass tests",
      },
    },
    {
      name: "the same files given in the other order: generated_at decides, not the order",
      runs: [TESTS, DAILY],
      expected: {
        "model.p.a": "success daily",
        "test.p.a_unique": "pass tests",
        "test.p.b_not_null": "pass tests",
      },
    },
    {
      name: "a file without generated_at counts as the oldest",
      runs: [DAILY, UNDATED],
      expected: {
        "model.p.a": "success daily",
        "test.p.a_unique": "fail daily",
      },
    },
    {
      name: "two files of the same time: the one given later wins",
      runs: [DAILY, run(DAILY.generatedAt, "rerun", { "model.p.a": "error" })],
      expected: { "model.p.a": "error rerun", "test.p.a_unique": "fail daily" },
    },
    {
      name: "a node listed twice in one file (a retry) keeps its last result",
      runs: [
        {
          ...DAILY,
          results: [
            ...DAILY.results,
            { ...DAILY.results[0]!, status: "error" },
          ],
        },
      ],
      expected: { "model.p.a": "error daily", "test.p.a_unique": "fail daily" },
    },
    { name: "no files: no results", runs: [], expected: {} },
  ])("$name", ({ runs, expected }) => {
    const merged = mergeRunResults(runs);
    expect(
      Object.fromEntries(
        merged.map((r) => [r.uniqueId, `${r.status} ${r.origin.invocationId}`]),
      ),
    ).toEqual(expected);
    expect(merged).toHaveLength(Object.keys(expected).length);
  });

  test("each result carries its file's generated_at", () => {
    const [result] = mergeRunResults([TESTS]);
    expect(result?.origin).toEqual({
      generatedAt: "2026-12-01T07:00:00.000Z",
      invocationId: "tests",
    });
  });
});
