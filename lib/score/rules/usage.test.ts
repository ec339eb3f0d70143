import { describe, expect, test } from "vitest";
import type { ConsumerRef, Consumers } from "../types";
import { makeFacts, runRule } from "@/tests/score-facts";
import { IN_USE } from "./usage";

const ref = (
  project: string,
  name: string,
  resourceType = "model",
): ConsumerRef => ({
  project,
  uniqueId: `${resourceType}.${project}.${name}`,
  name,
  resourceType,
});

describe("in-use", () => {
  const cases: [string, Consumers, Record<string, unknown>, string, string][] =
    [
      [
        "refs from other projects",
        {
          local: [],
          exposures: [],
          otherProjects: [
            ref("marketing", "fct_attribution"),
            ref("finance", "fct_revenue"),
            ref("marketing", "dim_x"),
          ],
        },
        {},
        "pass",
        "used by models in marketing: fct_attribution, dim_x; models in finance: fct_revenue",
      ],
      [
        "an exposure",
        {
          local: [],
          exposures: [ref("shop", "weekly_kpis", "exposure")],
          otherProjects: [],
        },
        {},
        "pass",
        "used by 1 exposure: weekly_kpis",
      ],
      [
        "a local model and a semantic model",
        {
          local: [
            ref("shop", "fct_sales"),
            ref("shop", "orders", "semantic_model"),
          ],
          exposures: [],
          otherProjects: [],
        },
        {},
        "pass",
        "used by 2 local consumers: fct_sales, orders (semantic model)",
      ],
      [
        "only local models, which the policy does not count",
        { local: [ref("shop", "fct_sales")], exposures: [], otherProjects: [] },
        { count_local: false },
        "fail",
        "no other project refs it and no exposure uses it",
      ],
      [
        "nobody",
        { local: [], exposures: [], otherProjects: [] },
        {},
        "fail",
        "no other project refs it and no exposure or local model uses it",
      ],
      [
        "nobody known, offline",
        { local: [], exposures: [], otherProjects: null },
        {},
        "not_applicable",
        "no exposure or local model uses it; refs from other projects are unknown offline",
      ],
      [
        "a local model, offline",
        {
          local: [ref("shop", "fct_sales")],
          exposures: [],
          otherProjects: null,
        },
        {},
        "pass",
        "used by 1 local consumer: fct_sales",
      ],
    ];
  test.each(cases)("%s", (_case, consumers, params, status, evidence) => {
    expect(runRule(IN_USE, makeFacts({}, { consumers }), params)).toEqual({
      status,
      evidence,
    });
  });
});
