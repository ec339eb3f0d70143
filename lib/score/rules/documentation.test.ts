import { describe, expect, test } from "vitest";
import type { SourceFact } from "../types";
import { makeColumn, makeFacts, runRule } from "@/tests/score-facts";
import {
  COLUMNS_DOCUMENTED,
  HAS_DESCRIPTION,
  UPSTREAM_SOURCES_DOCUMENTED,
} from "./documentation";

describe("has-description", () => {
  test.each([
    ["", {}, "fail", "no description"],
    ["   ", {}, "fail", "no description"],
    ["TODO", {}, "fail", 'the description is a placeholder: "TODO"'],
    ["orders", {}, "fail", 'the description is a placeholder: "orders"'],
    [
      "Customer dimensions table",
      {},
      "fail",
      'the description has 25 characters ("Customer dimensions table"); the policy asks for at least 30',
    ],
    [
      "One row per order placed on the web shop.",
      {},
      "pass",
      "41 characters of description",
    ],
    [
      "Customer dimensions table",
      { min_length: 20 },
      "pass",
      "25 characters of description",
    ],
  ])("%j with %j: %s", (description, params, status, evidence) => {
    expect(
      runRule(HAS_DESCRIPTION, makeFacts({ description }), params),
    ).toEqual({ status, evidence });
  });
});

describe("columns-documented", () => {
  const documented = makeColumn("id");
  const bare = (name: string) => makeColumn(name, { description: "" });
  test.each([
    [
      [documented, makeColumn("total")],
      {},
      "pass",
      "2 of 2 columns documented",
    ],
    [
      [documented, bare("a"), bare("b"), bare("c")],
      {},
      "fail",
      "3 of 4 columns undocumented: a, b, c",
    ],
    [
      [documented, documented, documented, bare("d")],
      { min_percent: 75 },
      "pass",
      "1 of 4 columns undocumented: d (75% documented, 75% required)",
    ],
    [
      [],
      {},
      "fail",
      "no columns are declared in YAML and catalog.json lists none",
    ],
  ])("%#: %s", (columns, params, status, evidence) => {
    expect(runRule(COLUMNS_DOCUMENTED, makeFacts({ columns }), params)).toEqual(
      { status, evidence },
    );
  });

  test("says when catalog.json is missing", () => {
    const facts = makeFacts(
      {},
      {
        artifacts: { hasRunResults: true, hasSources: true, hasCatalog: false },
      },
    );
    expect(runRule(COLUMNS_DOCUMENTED, facts).evidence).toBe(
      "no columns are declared in YAML (and no catalog.json was given)",
    );
  });

  test("names at most five columns", () => {
    const columns = ["a", "b", "c", "d", "e", "f", "g"].map(bare);
    expect(runRule(COLUMNS_DOCUMENTED, makeFacts({ columns })).evidence).toBe(
      "7 of 7 columns undocumented: a, b, c, d, e and 2 more",
    );
  });
});

describe("upstream-sources-documented", () => {
  const source = (name: string, description: string): SourceFact => ({
    uniqueId: `source.shop.${name}`,
    name,
    description,
    freshness: null,
    result: null,
  });
  test.each([
    [[], "not_applicable", "no sources upstream in this project"],
    [
      [source("app.orders", "Orders as the app writes them.")],
      "pass",
      "1 of 1 upstream source documented",
    ],
    [
      [
        source("app.orders", "Orders."),
        source("app.refunds", ""),
        source("app.items", " "),
      ],
      "fail",
      "2 of 3 upstream sources undocumented: app.refunds, app.items",
    ],
  ])("%#: %s", (sources, status, evidence) => {
    const facts = makeFacts(
      {},
      {
        upstream: {
          nodeCount: sources.length,
          testedNodeCount: 0,
          tests: { total: 0, passing: 0, notRun: 0, failing: [] },
          sources,
        },
      },
    );
    expect(runRule(UPSTREAM_SOURCES_DOCUMENTED, facts)).toEqual({
      status,
      evidence,
    });
  });
});
