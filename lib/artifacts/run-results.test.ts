import { describe, expect, test } from "vitest";
import { listFixtures, loadFixtureJson } from "@/tests/fixture-files";
import { parseRunResults } from "./run-results";

const RUN_RESULTS = listFixtures(/^run_results.*\.json$/).filter(
  (f) => !f.includes("legacy_2022"),
);

describe("parseRunResults", () => {
  test.each(RUN_RESULTS)(
    "%s: every result with a status and completion time",
    (file) => {
      const doc = loadFixtureJson(file) as { results: unknown[] };
      const parsed = parseRunResults(file, doc);
      expect(parsed.results).toHaveLength(doc.results.length);
      expect(
        parsed.results.every(
          (r) => r.status.length > 0 && r.completedAt !== null,
        ),
      ).toBe(true);
    },
  );

  test("keeps failures counts and rows affected", () => {
    const parsed = parseRunResults(
      "r",
      loadFixtureJson(
        "dbt-artifacts-parser/run_results/v4/jaffle_shop/run_results.json",
      ),
    );
    expect(parsed.results.some((r) => r.rowsAffected !== null)).toBe(true);
    expect(parsed.results.some((r) => r.failures !== null)).toBe(true);
  });

  test("refuses a run_results.json without schema version (dbt before 0.19)", () => {
    const file = "dbt-project-evaluator/legacy_2022/run_results.json";
    expect(() => parseRunResults(file, loadFixtureJson(file))).toThrow(
      /is not a run_results\.json/,
    );
  });
});
