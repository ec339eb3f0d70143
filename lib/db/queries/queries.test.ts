import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { closeDb } from "@/lib/db/client";
import { useTestDatabase } from "@/tests/db";
import { readFixtureDir } from "@/tests/fixtures";
import { ingest } from "@/tests/ingest";
import { getModel, getNode, findNodeProjects } from "./nodes";
import { listProjectNodes } from "./project-nodes";
import { getMeshOverview, getProject } from "./projects";

describe("read queries", () => {
  beforeAll(async () => {
    await useTestDatabase();
    await ingest(readFixtureDir("astronomer-cosmos/cross_project_downstream"));
    await ingest(readFixtureDir("astronomer-cosmos/cross_project_upstream"));
    await ingest(readFixtureDir("dbt-bouncer/dbt_112"));
    await ingest(readFixtureDir("c24-workshops-sales"));
  });
  afterAll(closeDb);

  test("the mesh overview lists projects and who depends on whom", async () => {
    const mesh = await getMeshOverview();
    expect(mesh.projects.map((p) => p.name)).toEqual([
      "acme_sales",
      "dbt_bouncer_test_project",
      "downstream",
      "upstream",
    ]);
    expect(mesh.dependencies).toEqual([
      {
        consumer: "downstream",
        producer: "upstream",
        refs: 6,
        unresolved: 0,
        isProducerIngested: true,
      },
    ]);
    const upstream = mesh.projects.find((p) => p.name === "upstream");
    expect(upstream).toMatchObject({
      publicModels: 6,
      counts: { model: 6, seed: 4, test: 15 },
      upstream: [],
    });
    expect(upstream?.downstream.map((d) => d.consumer)).toEqual(["downstream"]);
  });

  test("a project has its groups with owners and its recent ingests", async () => {
    const project = await getProject("acme_sales");
    expect(project?.groups).toHaveLength(2);
    expect(
      project?.groups.every(
        (g) => g.ownerName !== null || g.ownerEmail !== null,
      ),
    ).toBe(true);
    expect(project?.recentIngests[0]).toMatchObject({
      status: "ingested",
      origin: "cli",
    });
    expect(await getProject("nope")).toBeNull();
  });

  test("a consumer model's parents cross into the producer, resolved", async () => {
    const node = await getNode(
      "downstream",
      "model.downstream.dim_payment_methods",
    );
    expect(node?.parents).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          project: "upstream",
          name: "int_orders_enriched",
          isCrossProject: true,
          isResolved: true,
        }),
      ]),
    );
    const producer = await getNode(
      "upstream",
      "model.upstream.int_orders_enriched",
    );
    expect(
      producer?.children.filter((c) => c.isCrossProject).map((c) => c.project),
    ).toContain("downstream");
  });

  test("a model by name is its latest version unless a version is asked for", async () => {
    const latest = await getModel("dbt_bouncer_test_project", "customers");
    expect(latest?.uniqueId).toBe(
      "model.dbt_bouncer_test_project.customers.v3",
    );
    expect(latest?.versions.map((v) => [v.version, v.isLatest])).toEqual([
      ["3", true],
      ["2", false],
      ["1", false],
    ]);
    const v1 = await getModel("dbt_bouncer_test_project", "customers", "1");
    expect(v1?.uniqueId).toBe("model.dbt_bouncer_test_project.customers.v1");
    expect(
      await getModel("dbt_bouncer_test_project", "customers", "9"),
    ).toBeNull();
  });

  test("column tests sit on their column with their latest result; others on the node", async () => {
    const node = await getNode(
      "dbt_bouncer_test_project",
      "model.dbt_bouncer_test_project.orders",
    );
    const withTests = node?.columns.filter((c) => c.tests.length > 0) ?? [];
    expect(withTests.length).toBeGreaterThan(0);
    expect(
      withTests.flatMap((c) => c.tests).every((t) => t.status !== null),
    ).toBe(true);
    expect(node?.runResult?.status).toBe("success");
  });

  test("a project's models list public ones first", async () => {
    const page = await listProjectNodes("acme_sales", {
      resourceType: "model",
      page: 1,
      pageSize: 50,
    });
    expect(page.total).toBe(22);
    const access = page.items.map((i) => i.access);
    expect(access.indexOf("public")).toBe(0);
    expect(access.lastIndexOf("public")).toBeLessThan(
      access.findIndex((a) => a !== "public"),
    );
  });

  test("a unique id is found in the projects that hold it", async () => {
    expect(await findNodeProjects("model.upstream.stg_customers")).toEqual([
      { project: "upstream", isOwnPackage: true },
    ]);
  });
});
