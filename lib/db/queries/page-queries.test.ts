import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { closeDb } from "@/lib/db/client";
import { ingestSampleMesh } from "@/lib/ingest/ingest-sample";
import { useTestDatabase } from "@/tests/db";
import { readFixture } from "@/tests/fixtures";
import { ingest } from "@/tests/ingest";
import { findNodeIdentity, hasModel, hasProject } from "./exists";
import { getModel, getNode } from "./nodes";
import { getProjectPage } from "./project-page";
import { listProjectNodes } from "./project-nodes";

// The sample mesh: platform ⇄ finance, marketing → both and → data_science
// (never ingested); platform.dim_customers has v1 (deprecated) and v2.
describe("what the catalog's pages read", () => {
  beforeAll(async () => {
    await useTestDatabase();
    await ingestSampleMesh({
      maxArtifactBytes: 64 * 1024 * 1024,
    });
    await ingest({
      manifest: readFixture(
        "dbt-artifacts-parser/manifest/v12/jaffle_shop/manifest_1.8.json",
      ),
    });
  });
  afterAll(closeDb);

  test("route guards find projects, models, versions and nodes", async () => {
    expect(await hasProject("finance")).toBe(true);
    expect(await hasProject("data_science")).toBe(false);
    expect(await hasModel("platform", "dim_customers")).toBe(true);
    expect(await hasModel("platform", "dim_customers", "1")).toBe(true);
    expect(await hasModel("platform", "dim_customers", "3")).toBe(false);
    expect(await hasModel("finance", "dim_customers")).toBe(false);
    expect(
      await findNodeIdentity("finance", "source.finance.stripe.refunds"),
    ).toEqual({ resourceType: "source", name: "refunds", version: null });
    expect(
      await findNodeIdentity("platform", "source.finance.stripe.refunds"),
    ).toBeNull();
  });

  test("a model list shows versions newest first, with deprecation dates", async () => {
    const page = await listProjectNodes("platform", {
      resourceType: "model",
      page: 1,
      pageSize: 50,
    });
    const versions = page.items
      .filter((i) => i.name === "dim_customers")
      .map((i) => [i.version, i.latestVersion, i.deprecationDate !== null]);
    expect(versions).toEqual([
      ["2", "2", false],
      ["1", "2", true],
    ]);
  });

  test("lists carry each node's latest result: test status, source freshness", async () => {
    const tests = await listProjectNodes("finance", {
      resourceType: "test",
      page: 1,
      pageSize: 100,
    });
    expect(
      tests.items.find((i) => i.name === "assert_invoice_payments_reconcile")
        ?.status,
    ).toBe("fail");
    const sources = await listProjectNodes("finance", {
      resourceType: "source",
      page: 1,
      pageSize: 100,
    });
    expect(
      sources.items.map((i) => [`${i.sourceName}.${i.name}`, i.status]),
    ).toContainEqual(["stripe.refunds", "error"]);
  });

  test("pages split the list; other types are everything the catalog does not know", async () => {
    const first = await listProjectNodes("finance", {
      resourceType: "test",
      page: 1,
      pageSize: 10,
    });
    const second = await listProjectNodes("finance", {
      resourceType: "test",
      page: 2,
      pageSize: 10,
    });
    expect(first.total).toBe(second.total);
    expect(first.items).toHaveLength(10);
    expect(
      second.items.some((i) =>
        first.items.some((f) => f.uniqueId === i.uniqueId),
      ),
    ).toBe(false);
    const others = await listProjectNodes("finance", {
      resourceType: {
        notIn: ["model", "seed", "source", "test", "metric", "exposure"],
      },
      page: 1,
      pageSize: 50,
    });
    expect(new Set(others.items.map((i) => i.resourceType))).toEqual(
      new Set(["unit_test", "semantic_model"]),
    );
    expect(others.total).toBe(3);
  });

  test("a project page reads the project and one page of nodes together", async () => {
    const page = await getProjectPage("marketing", {
      resourceType: "model",
      page: 1,
      pageSize: 5,
    });
    expect(page?.project.upstream.map((d) => d.producer)).toEqual([
      "data_science",
      "finance",
      "platform",
    ]);
    expect(page?.nodes.items).toHaveLength(5);
    expect(page?.nodes.items[0]?.access).toBe("public");
    expect(
      await getProjectPage("data_science", {
        resourceType: "model",
        page: 1,
        pageSize: 5,
      }),
    ).toBeNull();
  });

  test("a singular test over several models is among each model's tests", async () => {
    const invoices = await getModel("finance", "fct_invoices");
    expect(invoices?.tests).toContainEqual(
      expect.objectContaining({
        name: "assert_invoice_payments_reconcile",
        testName: null,
        status: "fail",
        failures: 3,
      }),
    );
  });

  test("a test knows what it checks; its run result counts failing rows", async () => {
    const test = await getNode(
      "finance",
      "test.finance.assert_invoice_payments_reconcile",
    );
    expect(test?.testTarget).toMatchObject({ attached: null, testName: null });
    expect(test?.runResult).toMatchObject({ status: "fail", failures: 3 });

    const unit = await getNode(
      "finance",
      "unit_test.finance.int_payments__net_of_refunds.test_partial_refunds_are_subtracted",
    );
    expect(unit?.testTarget?.attached).toEqual({
      uniqueId: "model.finance.int_payments__net_of_refunds",
      name: "int_payments__net_of_refunds",
      resourceType: "model",
      project: "finance",
      version: null,
      isResolved: true,
    });
    const model = await getModel("finance", "fct_invoices");
    const notNull = model?.columns
      .find((c) => c.name === "invoice_id")
      ?.tests.find((t) => t.testName === "not_null");
    const generic = await getNode("finance", notNull?.uniqueId ?? "");
    expect(generic?.testTarget).toMatchObject({
      attached: { name: "fct_invoices", isResolved: true },
      columnName: "invoice_id",
      testName: "not_null",
    });
  });

  test("a model installed from a package is found by name in the project that installs it", async () => {
    const model = await getModel("jaffle_shop", "snapshot_run_results");
    expect(model?.packageName).toBe("elementary");
    expect(await hasModel("jaffle_shop", "snapshot_run_results")).toBe(true);
  });
});
