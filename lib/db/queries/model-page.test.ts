import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { closeDb } from "@/lib/db/client";
import { ingestSampleMesh } from "@/lib/ingest/ingest-sample";
import { useTestDatabase } from "@/tests/db";
import { buildManifest } from "@/tests/manifests";
import { ingest, jsonArtifact, TEST_LIMIT } from "@/tests/ingest";
import { getModelPage } from "./model-page";
import { MAX_HOPS } from "./product-trust";

/** A project whose one public model sits at the end of a chain of `length` models. */
function chainManifest(length: number) {
  const project = "deep_chain";
  const model = (i: number) => {
    const name = `m${i}`;
    const parent = i === 0 ? [] : [`model.${project}.m${i - 1}`];
    return {
      unique_id: `model.${project}.${name}`,
      resource_type: "model",
      name,
      package_name: project,
      path: `${name}.sql`,
      original_file_path: `models/${name}.sql`,
      fqn: [project, name],
      description: "",
      access: i === length - 1 ? "public" : "protected",
      config: { materialized: "view" },
      depends_on: { nodes: parent, macros: [] },
      refs: parent.map(() => ({
        name: `m${i - 1}`,
        package: null,
        version: null,
      })),
      columns: {},
      tags: [],
      meta: {},
      checksum: { name: "sha256", checksum: String(i) },
    };
  };
  const nodes = Object.fromEntries(
    Array.from({ length }, (_, i) => {
      const node = model(i);
      return [node.unique_id, node];
    }),
  );
  return buildManifest(project, nodes);
}

// The sample mesh: platform.dim_customers v2 (latest) and v1 (deprecated,
// still pinned by finance.fct_revenue); platform.fct_orders is read by
// finance and marketing and, through them, by their dashboards.
describe("a model's page", () => {
  beforeAll(async () => {
    await useTestDatabase();
    await ingestSampleMesh({
      maxArtifactBytes: TEST_LIMIT,
    });
    await ingest({
      manifest: jsonArtifact("manifest.json", chainManifest(MAX_HOPS + 5)),
    });
  });
  afterAll(closeDb);

  test("a product has its score, history and the policy's meta keys", async () => {
    const page = await getModelPage("platform", "dim_customers");
    expect(page?.model).toMatchObject({ version: "2", isProduct: true });
    expect(page?.product?.score).toMatchObject({
      uniqueId: "model.platform.dim_customers.v2",
      level: "gold",
      nextLevel: null,
    });
    expect(page?.product?.history.map((p) => p.level)).toEqual(["gold"]);
    expect(page?.product?.slaMetaKeys).toEqual([
      "sla",
      "freshness_sla",
      "freshness",
    ]);
    expect(page?.product?.ownerMetaKeys).toContain("owner");
  });

  test("upstream inside its project: nodes, their tests, sources with freshness", async () => {
    const upstream = (await getModelPage("finance", "fct_payments"))?.product
      ?.upstream;
    expect(upstream).toMatchObject({
      nodeCount: 5,
      testedNodeCount: 4,
      tests: { total: 12, passed: 12, warned: 0, failed: 0, notRun: 0 },
      problems: [],
      isTruncated: false,
    });
    expect(
      upstream?.sources.map((s) => [s.name, s.criteria, s.result?.status]),
    ).toEqual([
      ["stripe.charges", "warn after 12 hours, error after 1 day", "pass"],
      ["stripe.refunds", "warn after 12 hours, error after 1 day", "error"],
    ]);
  });

  test("tests upstream that did not pass are listed with the node they check", async () => {
    const upstream = (await getModelPage("marketing", "campaign_roi"))?.product
      ?.upstream;
    expect(upstream?.tests).toMatchObject({ failed: 1, warned: 1 });
    expect(
      upstream?.problems.map((p) => [
        p.status,
        p.node.name,
        p.node.resourceType,
      ]),
    ).toEqual([
      ["fail", "fct_attribution_touches", "model"],
      ["warn", "stg_segment__pages", "model"],
    ]);
  });

  test("the upstream walk stays in the project: another project's product is not counted", async () => {
    const upstream = (await getModelPage("finance", "fct_revenue"))?.product
      ?.upstream;
    expect(upstream?.sources.map((s) => s.uniqueId)).toEqual([
      "source.finance.billing.invoice_lines",
      "source.finance.billing.invoices",
    ]);
    expect(
      upstream?.sources.every((s) => s.uniqueId.includes(".finance.")),
    ).toBe(true);
  });

  test("the walk is bounded, and says so", async () => {
    const page = await getModelPage("deep_chain", `m${MAX_HOPS + 4}`);
    expect(page?.product?.upstream).toMatchObject({
      nodeCount: MAX_HOPS,
      isTruncated: true,
    });
  });

  test("consumers: other projects with the version they read, exposures downstream with owners", async () => {
    const consumers = (await getModelPage("platform", "dim_customers"))?.product
      ?.consumers;
    expect(
      consumers?.otherProjects.map((c) => [
        `${c.project}.${c.name}`,
        c.usesVersion,
        c.isPinned,
        c.owner?.email,
      ]),
    ).toEqual([
      [
        "finance.fct_invoices",
        "2",
        false,
        "finance-analytics@larkspur.example",
      ],
      ["finance.fct_revenue", "1", true, "finance-analytics@larkspur.example"],
      [
        "marketing.customer_segments",
        "2",
        false,
        "growth-analytics@larkspur.example",
      ],
      [
        "marketing.fct_attribution_touches",
        "2",
        false,
        "growth-analytics@larkspur.example",
      ],
    ]);
    const exposures = consumers?.exposures ?? [];
    expect(exposures[0]).toMatchObject({
      name: "customer_360",
      project: "platform",
      hops: 1,
      exposureType: "dashboard",
      owner: { name: "Priya Raman", email: "priya.raman@larkspur.example" },
    });
    expect(exposures.map((e) => e.hops)).toEqual(
      [...exposures.map((e) => e.hops)].sort((a, b) => a - b),
    );
    expect(exposures.map((e) => `${e.project}.${e.name}`)).toContain(
      "finance.monthly_board_pack",
    );
    expect(consumers?.localCount).toBeGreaterThan(0);
  });

  test("a deprecated version's page finds who still pins it", async () => {
    const page = await getModelPage("platform", "dim_customers", "1");
    expect(page?.model.version).toBe("1");
    const pinned = page?.product?.consumers.direct.filter(
      (c) => c.usesVersion === "1",
    );
    expect(pinned?.map((c) => [c.project, c.name, c.isPinned])).toEqual([
      ["finance", "fct_revenue", true],
    ]);
  });

  test("an exposure that refs a product of another project directly is one hop away", async () => {
    const exposures = (await getModelPage("platform", "fct_orders"))?.product
      ?.consumers.exposures;
    expect(exposures?.find((e) => e.name === "revenue_forecast")).toMatchObject(
      { project: "finance", hops: 1, exposureType: "ml" },
    );
  });

  test("a model that is no product has no product details, and says what would make it one", async () => {
    const page = await getModelPage("platform", "stg_app_db__customers");
    expect(page?.model.isProduct).toBe(false);
    expect(page?.product).toBeNull();
    expect(page?.productSelector).toEqual({
      access: ["public"],
      metaFlag: "data_product",
      paths: [],
    });
    expect(await getModelPage("platform", "no_such_model")).toBeNull();
  });
});
