import { describe, expect, test } from "vitest";
import type { ProductFacts, SourceFact } from "../types";
import { makeFacts, NOW, runRule } from "@/tests/score-facts";
import { FRESHNESS_SLA_DEFINED, FRESHNESS_SLA_MET } from "./freshness";

function source(name: string, overrides: Partial<SourceFact> = {}): SourceFact {
  return {
    uniqueId: `source.shop.${name}`,
    name,
    description: "",
    freshness: "warn after 12 hours, error after 1 day",
    result: { status: "pass", ageSeconds: 600 },
    ...overrides,
  };
}

function withSources(
  sources: SourceFact[],
  node: Parameters<typeof makeFacts>[0] = {},
  facts: Partial<ProductFacts> = {},
): ProductFacts {
  return makeFacts(node, {
    upstream: {
      nodeCount: sources.length,
      testedNodeCount: 0,
      tests: { total: 0, passing: 0, notRun: 0, failing: [] },
      sources,
    },
    ...facts,
  });
}

const builtHoursAgo = (hours: number) => ({
  uniqueId: "model.shop.orders",
  status: "success",
  executionTime: 1,
  failures: null,
  message: null,
  completedAt: new Date(NOW.getTime() - hours * 3_600_000).toISOString(),
  rowsAffected: null,
});

describe("freshness-sla-defined", () => {
  const cases: [string, ProductFacts, string, string][] = [
    [
      "meta.sla",
      withSources([], { meta: { sla: "daily by 06:00 UTC" } }),
      "pass",
      "meta.sla: daily by 06:00 UTC",
    ],
    [
      "config.freshness.build_after",
      withSources([], {
        config: { freshness: { build_after: { count: 4, period: "hour" } } },
      }),
      "pass",
      "config.freshness.build_after: 4 hours",
    ],
    [
      "every upstream source has criteria",
      withSources([source("app.orders")]),
      "pass",
      "freshness defined on 1 of 1 upstream source: app.orders (warn after 12 hours, error after 1 day)",
    ],
    [
      "a source without criteria",
      withSources([
        source("app.orders"),
        source("app.refunds", { freshness: null }),
      ]),
      "fail",
      "1 of 2 upstream sources defines no freshness (app.refunds), and the model declares no SLA",
    ],
    [
      "nothing at all",
      withSources([]),
      "fail",
      "the model declares no SLA (config.freshness, meta sla/freshness_sla/freshness) and has no sources upstream",
    ],
  ];
  test.each(cases)("%s", (_case, facts, status, evidence) => {
    expect(runRule(FRESHNESS_SLA_DEFINED, facts)).toEqual({ status, evidence });
  });

  test("a project may accept fewer meta keys", () => {
    const facts = withSources([], { meta: { freshness: "1d" } });
    expect(
      runRule(FRESHNESS_SLA_DEFINED, facts, { meta_keys: ["sla"] }).status,
    ).toBe("fail");
  });
});

describe("freshness-sla-met", () => {
  const cases: [string, ProductFacts, string, string][] = [
    ["no SLA", withSources([]), "not_applicable", "no freshness SLA to check"],
    [
      "an SLA that names no duration",
      withSources([], { meta: { sla: "business critical" } }),
      "not_applicable",
      'meta.sla "business critical" names no duration the catalog can check, and no upstream source has freshness criteria',
    ],
    [
      "sources pass",
      withSources([source("app.orders")]),
      "pass",
      "fresh: app.orders",
    ],
    [
      "a source warns",
      withSources([
        source("app.orders"),
        source("app.items", { result: { status: "warn", ageSeconds: 50_000 } }),
      ]),
      "fail",
      "late: app.items (warn)",
    ],
    [
      "a source without a result",
      withSources(
        [source("app.orders", { result: null })],
        {},
        {
          artifacts: {
            hasRunResults: true,
            hasSources: false,
            hasCatalog: true,
          },
        },
      ),
      "fail",
      "not checked: no freshness result for app.orders (no sources.json)",
    ],
    [
      "built within the SLA",
      withSources([], { meta: { sla: "24h" } }, { build: builtHoursAgo(3) }),
      "pass",
      "fresh: built 3 hours ago (meta.sla 24h)",
    ],
    [
      "built too long ago",
      withSources([], { meta: { sla: "daily" } }, { build: builtHoursAgo(50) }),
      "fail",
      "late: built 2 days ago, over meta.sla daily",
    ],
    [
      "no build result",
      withSources([], { meta: { sla: "6h" } }),
      "fail",
      "not checked: no build result for the model",
    ],
  ];
  test.each(cases)("%s", (_case, facts, status, evidence) => {
    expect(runRule(FRESHNESS_SLA_MET, facts)).toEqual({ status, evidence });
  });
});
