import { describe, expect, test } from "vitest";
import { parseArtifactSet } from "@/lib/artifacts/parse";
import type { ArtifactSet } from "@/lib/artifacts/types";
import { compileRefOnly } from "@/tests/compile-ref-only";
import { readFixture, readFixtureDir } from "@/tests/fixtures";
import { summarizeCoverage } from "./coverage";
import { deriveColumnLineage } from "./derive";
import { listModelInputs, toUpstreamRelation } from "./from-artifacts";
import type { ModelColumnLineage } from "./types";

function deriveProject(
  project: string,
  set: ArtifactSet,
  producers: Parameters<typeof listModelInputs>[2] = [],
) {
  return new Map(
    listModelInputs(project, set, producers).map((input) => [
      input.uniqueId,
      deriveColumnLineage(input),
    ]),
  );
}

const acme = deriveProject(
  "acme_sales",
  parseArtifactSet(readFixtureDir("c24-workshops-sales")),
);
const jaffle = deriveProject(
  "jaffle_shop",
  parseArtifactSet(readFixtureDir("dbt-docs")),
);

// The dbt-loom pair: downstream refs upstream's public models. Written by
// `dbt parse`, so its ref-only models are compiled here (tests/compile-ref-only.ts).
const upstream = parseArtifactSet({
  manifest: readFixture(
    "astronomer-cosmos/cross_project_upstream/manifest.json",
  ),
});
const downstreamRaw = parseArtifactSet({
  manifest: readFixture(
    "astronomer-cosmos/cross_project_downstream/manifest.json",
  ),
});
const downstream: ArtifactSet = {
  ...downstreamRaw,
  manifest: {
    ...downstreamRaw.manifest,
    nodes: downstreamRaw.manifest.nodes.map((n) =>
      n.packageName === "downstream" && n.resourceType === "model"
        ? compileRefOnly(n, downstreamRaw.manifest.nodes)
        : n,
    ),
  },
};
const producers = upstream.manifest.nodes
  .filter((n) => n.resourceType === "model")
  .map((n) => toUpstreamRelation(n, "upstream", undefined));
const loom = deriveProject("downstream", downstream, producers);

const DERIVED = { acme_sales: acme, jaffle_shop: jaffle, downstream: loom };

function sourcesOf(
  lineage: ModelColumnLineage | undefined,
  column: string,
): string[] {
  if (lineage?.status !== "derived")
    throw new Error(`no lineage: ${JSON.stringify(lineage)}`);
  const found = lineage.columns.find((c) => c.column === column);
  if (!found) throw new Error(`no output column ${column}`);
  return found.sources
    .map(
      (s) =>
        `${s.project}:${s.uniqueId.split(".").pop()}.${s.column} ${s.kind}`,
    )
    .sort();
}

// Checked by hand against each model's compiled SQL and its upstream columns
// (declared or from catalog.json). An empty list is a column with no upstream
// column: a literal, count(*), or a column its upstream never declared.
const HAND_CHECKED: [keyof typeof DERIVED, string, string, string[]][] = [
  [
    "acme_sales",
    "fct_orders",
    "order_key",
    ["acme_sales:stg_tpch_orders.order_key passthrough"],
  ],
  [
    "acme_sales",
    "fct_orders",
    "order_date",
    ["acme_sales:stg_tpch_orders.order_date passthrough"],
  ],
  [
    "acme_sales",
    "fct_orders",
    "customer_key",
    ["acme_sales:stg_tpch_orders.customer_key passthrough"],
  ],
  [
    "acme_sales",
    "fct_orders",
    "status_code",
    ["acme_sales:stg_tpch_orders.status_code passthrough"],
  ],
  [
    "acme_sales",
    "fct_orders",
    "priority_code",
    ["acme_sales:stg_tpch_orders.priority_code passthrough"],
  ],
  [
    "acme_sales",
    "fct_orders",
    "clerk_name",
    ["acme_sales:stg_tpch_orders.clerk_name passthrough"],
  ],
  [
    "acme_sales",
    "fct_orders",
    "ship_priority",
    ["acme_sales:stg_tpch_orders.ship_priority passthrough"],
  ],
  ["acme_sales", "fct_orders", "order_count", []],
  [
    "acme_sales",
    "fct_orders",
    "return_count",
    ["acme_sales:order_items.is_return aggregation"],
  ],
  [
    "acme_sales",
    "fct_orders",
    "gross_item_sales_amount",
    ["acme_sales:order_items.gross_item_sales_amount aggregation"],
  ],
  [
    "acme_sales",
    "fct_orders",
    "item_discount_amount",
    ["acme_sales:order_items.item_discount_amount aggregation"],
  ],
  [
    "acme_sales",
    "fct_orders",
    "item_tax_amount",
    ["acme_sales:order_items.item_tax_amount aggregation"],
  ],
  [
    "acme_sales",
    "fct_orders",
    "net_item_sales_amount",
    ["acme_sales:order_items.net_item_sales_amount aggregation"],
  ],
  [
    "jaffle_shop",
    "customer_orders",
    "customer_id",
    ["jaffle_shop:stg_orders.customer_id passthrough"],
  ],
  [
    "jaffle_shop",
    "customer_orders",
    "first_order",
    ["jaffle_shop:stg_orders.order_date aggregation"],
  ],
  [
    "jaffle_shop",
    "customer_orders",
    "most_recent_order",
    ["jaffle_shop:stg_orders.order_date aggregation"],
  ],
  [
    "jaffle_shop",
    "customer_orders",
    "number_of_orders",
    ["jaffle_shop:stg_orders.order_id aggregation"],
  ],
  [
    "jaffle_shop",
    "fct_orders",
    "order_id",
    ["jaffle_shop:stg_orders.order_id passthrough"],
  ],
  [
    "jaffle_shop",
    "fct_orders",
    "customer_id",
    ["jaffle_shop:stg_orders.customer_id passthrough"],
  ],
  [
    "jaffle_shop",
    "fct_orders",
    "order_date",
    ["jaffle_shop:stg_orders.order_date passthrough"],
  ],
  [
    "jaffle_shop",
    "fct_orders",
    "status",
    ["jaffle_shop:stg_orders.status passthrough"],
  ],
  // Across projects: downstream's models read upstream's public models.
  [
    "downstream",
    "fct_customer_revenue",
    "customer_id",
    ["upstream:stg_customers.customer_id passthrough"],
  ],
  [
    "downstream",
    "fct_customer_revenue",
    "full_name",
    ["upstream:stg_customers.full_name passthrough"],
  ],
  [
    "downstream",
    "fct_customer_revenue",
    "email",
    ["upstream:stg_customers.email passthrough"],
  ],
  [
    "downstream",
    "fct_customer_revenue",
    "segment",
    ["upstream:stg_customers.segment passthrough"],
  ],
  [
    "downstream",
    "fct_customer_revenue",
    "country",
    ["upstream:stg_customers.country passthrough"],
  ],
  // upstream's stg_customers does not declare signup_date.
  ["downstream", "fct_customer_revenue", "signup_date", []],
  [
    "downstream",
    "fct_customer_revenue",
    "total_orders",
    ["upstream:int_customer_orders.total_orders expression"],
  ],
  [
    "downstream",
    "fct_customer_revenue",
    "lifetime_value",
    ["upstream:int_customer_orders.lifetime_value expression"],
  ],
  [
    "downstream",
    "fct_customer_revenue",
    "first_order_date",
    ["upstream:int_customer_orders.first_order_date passthrough"],
  ],
  [
    "downstream",
    "fct_customer_revenue",
    "last_order_date",
    ["upstream:int_customer_orders.last_order_date passthrough"],
  ],
  [
    "downstream",
    "fct_customer_revenue",
    "days_since_last_order",
    ["upstream:int_customer_orders.last_order_date expression"],
  ],
  [
    "downstream",
    "fct_customer_revenue",
    "customer_tier",
    ["upstream:int_customer_orders.lifetime_value expression"],
  ],
  [
    "downstream",
    "dim_payment_methods",
    "total_revenue",
    ["upstream:int_orders_enriched.order_total aggregation"],
  ],
  [
    "downstream",
    "dim_payment_methods",
    "avg_order_value",
    ["upstream:int_orders_enriched.order_total aggregation"],
  ],
  [
    "downstream",
    "rpt_revenue_summary",
    "avg_customer_ltv",
    ["downstream:fct_customer_revenue.lifetime_value aggregation"],
  ],
];

describe("column lineage of real compiled SQL", () => {
  test("the hand-checked table covers at least 30 columns of three projects", () => {
    expect(HAND_CHECKED.length).toBeGreaterThanOrEqual(30);
    expect(new Set(HAND_CHECKED.map(([project]) => project)).size).toBe(3);
  });

  test.each(HAND_CHECKED)("%s %s.%s", (project, model, column, expected) => {
    expect(
      sourcesOf(DERIVED[project].get(`model.${project}.${model}`), column),
    ).toEqual(expected);
  });

  test("a column used only to join is a filter edge of the whole model", () => {
    const lineage = loom.get("model.downstream.fct_customer_revenue");
    expect(
      lineage?.status === "derived" &&
        lineage.rowSources.map((s) => `${s.project}:${s.uniqueId}.${s.column}`),
    ).toEqual(["upstream:model.upstream.int_customer_orders.customer_id"]);
  });

  // The share of model columns traced to an upstream column, per fixture; it
  // moves only when the derivation (or the parser) does.
  test.each([
    [
      "acme_sales",
      acme,
      {
        models: 22,
        parseErrors: 0,
        unknownColumns: 1,
        columns: 196,
        columnsWithLineage: 193,
      },
    ],
    [
      "jaffle_shop",
      jaffle,
      {
        models: 10,
        parseErrors: 0,
        unknownColumns: 0,
        columns: 48,
        columnsWithLineage: 39,
      },
    ],
    [
      "downstream",
      loom,
      {
        models: 4,
        parseErrors: 0,
        unknownColumns: 0,
        columns: 36,
        columnsWithLineage: 20,
      },
    ],
  ] as const)("coverage of %s", (_, derived, expected) => {
    const coverage = summarizeCoverage(
      [...derived.values()].map((lineage) => ({ lineage })),
    );
    expect(coverage).toMatchObject(expected);
  });
});
