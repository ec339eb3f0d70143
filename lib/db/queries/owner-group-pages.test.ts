import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { closeDb } from "@/lib/db/client";
import { ingestSampleMesh } from "@/lib/ingest/ingest-sample";
import { useTestDatabase } from "@/tests/db";
import { TEST_LIMIT } from "@/tests/ingest";
import { hasGroup, hasOwner } from "./exists";
import { getGroupPage } from "./group-page";
import { getOwnerPage } from "./owner-page";
import { listProjectNodes } from "./project-nodes";
import { getMeshOverview } from "./projects";
import { getProjectScoreboard } from "./scoreboard";

// The sample mesh under the default policy: platform's core_commerce group
// (Core Commerce Data) owns dim_customers v1 and v2, fct_orders and
// customer_ltv; marketing's campaign_roi is below bronze.
describe("owner, group and list pages", () => {
  beforeAll(async () => {
    await useTestDatabase();
    await ingestSampleMesh({
      maxArtifactBytes: TEST_LIMIT,
    });
  });
  afterAll(closeDb);

  test("route guards know groups and owners", async () => {
    expect(await hasGroup("platform", "core_commerce")).toBe(true);
    expect(await hasGroup("finance", "core_commerce")).toBe(false);
    expect(await hasOwner("CORE-COMMERCE-DATA@larkspur.example")).toBe(true);
    expect(await hasOwner("Core Commerce Data")).toBe(true);
    expect(await hasOwner("nobody@larkspur.example")).toBe(false);
  });

  test("an owner's page: their groups, and products named by email or by name", async () => {
    const byEmail = await getOwnerPage("core-commerce-data@larkspur.example");
    expect(byEmail).toMatchObject({
      name: "Core Commerce Data",
      email: "core-commerce-data@larkspur.example",
      groups: [{ project: "platform", name: "core_commerce" }],
    });
    expect(byEmail?.products.map((p) => [p.name, p.version, p.level])).toEqual([
      ["dim_customers", "2", "gold"],
      ["fct_orders", null, "silver"],
      ["dim_customers", "1", "bronze"],
      ["customer_ltv", null, "bronze"],
    ]);
    expect(byEmail?.levelsByProject.platform?.map((l) => l.id)).toEqual([
      "bronze",
      "silver",
      "gold",
    ]);
    const byName = await getOwnerPage("core commerce data");
    expect(byName?.products).toEqual(byEmail?.products);
    expect(await getOwnerPage("nobody@larkspur.example")).toBeNull();
  });

  test("a group's page: owner, products best first, other models", async () => {
    const page = await getGroupPage("platform", "core_commerce");
    expect(page).toMatchObject({
      ownerName: "Core Commerce Data",
      ownerEmail: "core-commerce-data@larkspur.example",
      description: "Customers, orders and checkout.",
    });
    expect(page?.products.map((p) => p.level)).toEqual([
      "gold",
      "silver",
      "bronze",
      "bronze",
    ]);
    expect(page?.otherModels.map((m) => m.name)).toContain(
      "int_customers__order_history",
    );
    expect(page?.otherModelCount).toBe(page?.otherModels.length);
    expect(page?.levels.map((l) => l.id)).toEqual(["bronze", "silver", "gold"]);
    expect(await getGroupPage("platform", "nope")).toBeNull();
  });

  test("a scoreboard's failing rules carry their level and advice", async () => {
    const board = await getProjectScoreboard("marketing");
    expect(board?.distribution).toEqual([
      { level: "bronze", count: 2 },
      { level: "silver", count: 1 },
      { level: "gold", count: 1 },
      { level: null, count: 1 },
    ]);
    const grants = board?.commonFailures.find(
      (f) => f.ruleId === "grants-defined",
    );
    expect(grants).toMatchObject({ level: "gold", severity: "error" });
    expect(grants?.advice).toContain("grants");
  });

  test("the mesh counts each project's products by level", async () => {
    const mesh = await getMeshOverview();
    const platform = mesh.projects.find((p) => p.name === "platform");
    expect(platform?.products).toMatchObject({
      total: 5,
      byLevel: [
        { level: "bronze", count: 2 },
        { level: "silver", count: 2 },
        { level: "gold", count: 1 },
        { level: null, count: 0 },
      ],
    });
  });

  test("a project's model list marks products with their level and score", async () => {
    const page = await listProjectNodes("platform", {
      resourceType: "model",
      page: 1,
      pageSize: 50,
    });
    const byName = (name: string, version: string | null = null) =>
      page.items.find((i) => i.name === name && i.version === version);
    expect(byName("dim_customers", "2")).toMatchObject({
      isProduct: true,
      maturity: { level: "gold", score: 100 },
    });
    expect(byName("stg_app_db__customers")).toMatchObject({
      isProduct: false,
      maturity: null,
    });
  });
});
