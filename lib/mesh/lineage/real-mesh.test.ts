import { describe, expect, test } from "vitest";
import { snapshotFixture, snapshotSampleMesh } from "@/tests/snapshots";
import { buildMeshGraph } from "./from-snapshots";
import { buildAdjacency, toNodeKey } from "./graph";
import { analyzeImpact } from "./impact";
import { selectLineage } from "./traverse";
import { DEFAULT_TYPE_FILTER } from "./type-filter";

const UPSTREAM = snapshotFixture("astronomer-cosmos/cross_project_upstream");
const DOWNSTREAM = snapshotFixture(
  "astronomer-cosmos/cross_project_downstream",
);
const FULL_UP = { up: Infinity, down: 0, filter: DEFAULT_TYPE_FILTER };

/*
 * The dbt-loom pair (astronomer-cosmos): downstream refs six public models of
 * upstream.
 *
 *   seed raw_* ─► upstream.stg_* ─► upstream.int_* ══► downstream.fct_* ─► downstream.rpt_revenue_summary
 */
describe("the real dbt-loom pair", () => {
  test("full upstream lineage of the consumer's report crosses into the producer down to its seeds", () => {
    const graph = buildAdjacency(buildMeshGraph([UPSTREAM, DOWNSTREAM]));
    const view = selectLineage(
      graph,
      toNodeKey("downstream", "model.downstream.rpt_revenue_summary"),
      FULL_UP,
    );
    const inProject = (project: string) =>
      view.nodes.filter((n) => n.project === project);
    expect(
      inProject("downstream")
        .map((n) => n.name)
        .sort(),
    ).toEqual(["fct_customer_revenue", "fct_revenue", "rpt_revenue_summary"]);
    expect(
      inProject("upstream").filter((n) => n.resourceType === "seed"),
    ).toHaveLength(4);
    expect(Math.min(...view.nodes.map((n) => n.depth))).toBe(-4);
    const crossing = view.edges.filter((e) => e.isCrossProject);
    expect(crossing.length).toBe(5);
    expect(crossing.every((e) => e.parent.startsWith("upstream:"))).toBe(true);
  });

  test("the producer's lineage reaches into the consumer", () => {
    const graph = buildAdjacency(buildMeshGraph([UPSTREAM, DOWNSTREAM]));
    const view = selectLineage(
      graph,
      toNodeKey("upstream", "model.upstream.int_orders_enriched"),
      { up: 0, down: 2, filter: DEFAULT_TYPE_FILTER },
    );
    expect(
      view.nodes
        .filter((n) => n.project === "downstream")
        .map((n) => n.name)
        .sort(),
    ).toEqual([
      "dim_payment_methods",
      "fct_customer_revenue",
      "fct_revenue",
      "rpt_revenue_summary",
    ]);
  });

  test("without the producer, its models are unresolved external nodes", () => {
    const graph = buildAdjacency(buildMeshGraph([DOWNSTREAM]));
    const view = selectLineage(
      graph,
      toNodeKey("downstream", "model.downstream.fct_revenue"),
      FULL_UP,
    );
    const external = view.nodes.filter((n) => n.isExternal);
    expect(external.map((n) => n.name).sort()).toEqual([
      "int_orders_enriched",
      "stg_order_items",
      "stg_products",
    ]);
    expect(
      external.every((n) => n.project === "upstream" && n.depth === -1),
    ).toBe(true);
  });
});

/*
 * The sample mesh: platform ⇄ finance, marketing → both, marketing → data_science (never ingested).
 *
 *   platform.dim_customers(v2) ──► finance.fct_invoices ──► platform.customer_ltv
 */
describe("the sample mesh", () => {
  const graph = buildAdjacency(buildMeshGraph(snapshotSampleMesh()));

  test("lineage from a consumer crosses into the producer and back", () => {
    const view = selectLineage(
      graph,
      toNodeKey("finance", "model.finance.fct_invoices"),
      { up: 1, down: 1, filter: DEFAULT_TYPE_FILTER },
    );
    const cross = view.edges.filter((e) => e.isCrossProject);
    expect(cross.map((e) => `${e.parent} -> ${e.child}`).sort()).toEqual([
      "finance:model.finance.fct_invoices -> platform:model.platform.customer_ltv",
      "platform:model.platform.dim_customers.v2 -> finance:model.finance.fct_invoices",
    ]);
  });

  test("the never-ingested data_science model is an external upstream of marketing", () => {
    const view = selectLineage(
      graph,
      toNodeKey("marketing", "model.marketing.customer_segments"),
      { up: 1, down: 0, filter: DEFAULT_TYPE_FILTER },
    );
    expect(view.nodes.find((n) => n.project === "data_science")).toMatchObject({
      isExternal: true,
      name: "customer_churn_scores",
    });
  });

  test("impact of platform.dim_customers lists finance and marketing models and exposures", () => {
    const report = analyzeImpact(
      graph,
      toNodeKey("platform", "model.platform.dim_customers.v2"),
      { filter: DEFAULT_TYPE_FILTER, owners: new Map() },
    );
    const names = (project: string, type: string) =>
      report.projects
        .find((p) => p.project === project)
        ?.owners.flatMap((o) => o.nodes)
        .filter((n) => n.resourceType === type)
        .map((n) => n.name)
        .sort();
    // crm reads customer_ltv as a source (a hidden dependency) and sales
    // refs crm: both are hit too.
    expect(report.projects.map((p) => p.project)).toEqual([
      "platform",
      "crm",
      "finance",
      "marketing",
      "sales",
    ]);
    expect(names("finance", "model")).toEqual(["fct_invoices", "fct_revenue"]);
    expect(names("finance", "exposure")).toEqual([
      "monthly_board_pack",
      "revenue_forecast",
    ]);
    expect(names("marketing", "model")).toEqual([
      "campaign_roi",
      "customer_segments",
      "fct_attribution_touches",
    ]);
    expect(names("marketing", "exposure")).toEqual([
      "campaign_performance",
      "lifecycle_audience_sync",
    ]);
  });
});
