import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { closeDb } from "@/lib/db/client";
import { ingestSampleMesh } from "@/lib/ingest/ingest-sample";
import {
  DEFAULT_TYPE_FILTER,
  toTypeFilter,
} from "@/lib/mesh/lineage/type-filter";
import { useTestDatabase } from "@/tests/db";
import { readFixtureDir } from "@/tests/fixtures";
import { ingest, TEST_LIMIT } from "@/tests/ingest";
import { getLineage, type LineageRequest } from "./lineage";
import { getImpact } from "./lineage-impact";
import { getNeighbourhood } from "./lineage-neighbours";
import { getMeshMap, listProjectRefs } from "./lineage-projects";

async function lineageOf(
  uniqueId: string,
  extra: Partial<LineageRequest> = {},
) {
  const result = await getLineage({
    uniqueId,
    project: null,
    up: 2,
    down: 2,
    filter: DEFAULT_TYPE_FILTER,
    ...extra,
  });
  if (result.status !== "found") throw new Error(result.status);
  return result.lineage;
}

const crossEdges = (lineage: Awaited<ReturnType<typeof lineageOf>>) =>
  lineage.edges
    .filter((e) => e.isCrossProject)
    .map((e) => `${e.source} -> ${e.target}`)
    .sort();

describe("lineage queries", () => {
  beforeAll(async () => {
    await useTestDatabase();
    await ingestSampleMesh({ maxArtifactBytes: TEST_LIMIT });
    await ingest(readFixtureDir("astronomer-cosmos/cross_project_downstream"));
    await ingest(readFixtureDir("astronomer-cosmos/cross_project_upstream"));
  });
  afterAll(closeDb);

  test("lineage from a consumer crosses into the producer and back", async () => {
    const lineage = await lineageOf("model.finance.fct_invoices", {
      up: 1,
      down: 1,
    });
    expect(crossEdges(lineage)).toEqual([
      "finance:model.finance.fct_invoices -> platform:model.platform.customer_ltv",
      "platform:model.platform.dim_customers.v2 -> finance:model.finance.fct_invoices",
    ]);
    expect(lineage).toMatchObject({ isCollapsed: false, isTruncated: false });
  });

  test("a source reading another project's model shows as a hidden dependency, both ways", async () => {
    const hidden = (lineage: Awaited<ReturnType<typeof lineageOf>>) =>
      lineage.edges
        .filter((e) => e.isHidden)
        .map((e) => `${e.source} -> ${e.target}`);
    const edge =
      "platform:model.platform.customer_ltv -> crm:source.crm.platform_exports.customer_ltv";
    const down = await lineageOf("model.platform.customer_ltv", {
      up: 0,
      down: 2,
    });
    expect(hidden(down)).toEqual([edge]);
    // Past the source, crm's own models follow by ordinary refs.
    expect(
      down.edges.some(
        (e) =>
          e.source === "crm:source.crm.platform_exports.customer_ltv" &&
          !e.isHidden,
      ),
    ).toBe(true);
    const up = await lineageOf("source.crm.platform_exports.customer_ltv", {
      up: 1,
      down: 0,
    });
    expect(hidden(up)).toEqual([edge]);
    const expanded = await getNeighbourhood({
      uniqueId: "source.crm.platform_exports.customer_ltv",
      project: null,
      direction: "up",
      filter: DEFAULT_TYPE_FILTER,
    });
    if (expanded.status !== "found") throw new Error(expanded.status);
    expect(
      expanded.graph.edges
        .filter((e) => e.isHidden)
        .map((e) => `${e.parent} -> ${e.child}`),
    ).toEqual([edge]);
  });

  test("two hops up from the loom consumer reach the producer's staging models", async () => {
    const lineage = await lineageOf("model.downstream.rpt_revenue_summary", {
      down: 0,
    });
    const upstream = lineage.nodes.filter(
      (n) => n.kind === "node" && n.project === "upstream",
    );
    expect(upstream.map((n) => n.key.split(".").at(-1)).sort()).toEqual([
      "int_customer_orders",
      "int_orders_enriched",
      "stg_customers",
      "stg_order_items",
      "stg_products",
    ]);
    expect(lineage.nodes.every((n) => n.kind === "node" && n.depth <= 0)).toBe(
      true,
    );
  });

  test("a never-ingested producer's model is an external node", async () => {
    const lineage = await lineageOf("model.marketing.customer_segments", {
      up: 1,
      down: 0,
    });
    expect(
      lineage.nodes.find((n) => n.key.startsWith("data_science:")),
    ).toMatchObject({
      kind: "node",
      isExternal: true,
      name: "customer_churn_scores",
    });
  });

  test("full lineage stays the same whichever way the walk meets the platform-finance loop", async () => {
    const full = await lineageOf("model.platform.stg_app_db__orders", {
      up: Infinity,
      down: Infinity,
    });
    expect(full.isTruncated).toBe(false);
    const keys = full.nodes.map((n) => n.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain("platform:model.platform.customer_ltv");
    expect(keys).toContain("marketing:exposure.marketing.campaign_performance");
  });

  test("tests are hidden unless asked for by type", async () => {
    const hidden = await lineageOf("model.platform.fct_orders", {
      up: 0,
      down: 1,
    });
    const shown = await lineageOf("model.platform.fct_orders", {
      up: 0,
      down: 1,
      filter: toTypeFilter(["test"]),
    });
    expect(hidden.nodes.some((n) => n.key.includes(":test."))).toBe(false);
    expect(
      shown.nodes.filter((n) => n.key.includes(":test.")).length,
    ).toBeGreaterThan(3);
  });

  test("a small drawing budget collapses the rest into groups; a small load cap truncates", async () => {
    const collapsed = await lineageOf("model.platform.stg_app_db__orders", {
      up: Infinity,
      down: Infinity,
      maxDrawn: 12,
    });
    expect(collapsed.isCollapsed).toBe(true);
    expect(collapsed.nodes.length).toBeLessThanOrEqual(12);
    const groups = collapsed.nodes.flatMap((n) =>
      n.kind === "group" ? [n] : [],
    );
    expect(
      groups.reduce((sum, g) => sum + g.count, 0) +
        collapsed.nodes.length -
        groups.length,
    ).toBe(collapsed.total);
    const truncated = await lineageOf("model.platform.stg_app_db__orders", {
      up: Infinity,
      down: Infinity,
      maxNodes: 5,
    });
    expect(truncated).toMatchObject({ isTruncated: true, total: 5 });
  });

  test("an unknown or ambiguous focus is reported as such", async () => {
    expect(
      (
        await getLineage({
          uniqueId: "model.x.y",
          project: null,
          up: 1,
          down: 1,
          filter: DEFAULT_TYPE_FILTER,
        })
      ).status,
    ).toBe("missing");
  });

  test("impact of platform.dim_customers lists finance and marketing models and exposures", async () => {
    const result = await getImpact({
      uniqueId: "model.platform.dim_customers",
      project: null,
      filter: DEFAULT_TYPE_FILTER,
    });
    if (result.status !== "found") throw new Error(result.status);
    expect(result.focus.uniqueId).toBe("model.platform.dim_customers.v2");
    const of = (project: string, type: string) =>
      result.report.projects
        .find((p) => p.project === project)
        ?.owners.flatMap((o) => o.nodes)
        .filter((n) => n.resourceType === type)
        .map((n) => n.name)
        .sort();
    expect(of("finance", "model")).toEqual(["fct_invoices", "fct_revenue"]);
    expect(of("finance", "exposure")).toEqual([
      "monthly_board_pack",
      "revenue_forecast",
    ]);
    expect(of("marketing", "model")).toEqual([
      "campaign_roi",
      "customer_segments",
      "fct_attribution_touches",
    ]);
    expect(of("marketing", "exposure")).toEqual([
      "campaign_performance",
      "lifecycle_audience_sync",
    ]);
    const finance = result.report.projects.find((p) => p.project === "finance");
    const owned = finance?.owners.filter((o) => o.owner !== null) ?? [];
    expect(owned.map((o) => o.owner?.name)).toEqual([
      "Finance Analytics",
      "Tomasz Nowak",
    ]);
    expect(
      owned
        .flatMap((o) => o.nodes)
        .every((n) => ["model", "exposure"].includes(n.resourceType)),
    ).toBe(true);
    expect(finance?.owners.at(-1)?.owner).toBeNull();
  });

  test("the mesh map keeps platform→finance and finance→platform apart", async () => {
    const map = await getMeshMap();
    const edge = (producer: string, consumer: string) =>
      map.edges.find((e) => e.producer === producer && e.consumer === consumer);
    expect(edge("platform", "finance")).toMatchObject({ isTwoWay: true });
    expect(edge("finance", "platform")).toMatchObject({
      isTwoWay: true,
      refs: 1,
    });
    expect(edge("upstream", "downstream")).toMatchObject({
      refs: 6,
      isTwoWay: false,
    });
    expect(
      map.projects.find((p) => p.name === "data_science")?.isExternal,
    ).toBe(true);
    expect(map.projects.find((p) => p.name === "upstream")).toMatchObject({
      models: 6,
      publicModels: 6,
    });
    const refs = await listProjectRefs("platform", "finance");
    expect(refs).toEqual([
      {
        consumer: {
          uniqueId: "model.platform.customer_ltv",
          name: "customer_ltv",
          resourceType: "model",
        },
        producer: {
          uniqueId: "model.finance.fct_invoices",
          name: "fct_invoices",
          version: null,
          isResolved: true,
        },
      },
    ]);
  });

  test("a node's neighbourhood carries the edges that link new neighbours to the view", async () => {
    const result = await getNeighbourhood({
      uniqueId: "model.platform.customer_ltv",
      project: null,
      direction: "up",
      filter: DEFAULT_TYPE_FILTER,
    });
    if (result.status !== "found") throw new Error(result.status);
    const parents = result.graph.nodes.map((n) => n.name).sort();
    expect(parents).toEqual([
      "customer_ltv",
      "dim_customers",
      "fct_invoices",
      "fct_orders",
    ]);
    expect(result.graph.edges).toContainEqual({
      parent: "platform:model.platform.dim_customers.v2",
      child: "finance:model.finance.fct_invoices",
      isCrossProject: true,
      isHidden: false,
    });
  });
});
