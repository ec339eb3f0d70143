import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { closeDb } from "@/lib/db/client";
import { useTestDatabase } from "@/tests/db";
import { readFixtureDir } from "@/tests/fixtures";
import { ingest } from "@/tests/ingest";
import { listProductsByGroup, listProductsByOwner } from "./product-lists";
import { getProjectScoreboard } from "./scoreboard";
import {
  getProductScore,
  getProductScoreWithHistory,
  getScoreHistory,
} from "./scores";

const C24 = "c24-workshops-sales";
const AD_SPEND = "model.acme_sales.ad_spend_per_adv";
const DIM = "model.acme_sales.dim_customers";

describe("score queries", () => {
  beforeAll(async () => {
    await useTestDatabase();
    // Two ingests of acme_sales: without run results, then with them.
    const { run_results: _results, ...withoutResults } = readFixtureDir(C24);
    await ingest(withoutResults);
    await ingest(readFixtureDir(C24));
    await ingest(readFixtureDir("dbt-bouncer/dbt_112"));
  });
  afterAll(closeDb);

  test("a product's score has its rules, next level and the policy's levels", async () => {
    const score = await getProductScore("acme_sales", `${AD_SPEND}.v2`);
    expect(score).toMatchObject({
      level: "bronze",
      owners: ["Ad Sales Operations", "ad_sales@corp.com"],
      groupName: "ad_sales_ops",
      nextLevel: { level: "silver" },
      levels: [
        { id: "bronze", title: "Bronze" },
        { id: "silver", title: "Silver" },
        { id: "gold", title: "Gold" },
      ],
    });
    expect(score?.nextLevel?.missing.map((m) => m.id)).toEqual([
      "columns-documented",
      "primary-key-tested",
      "tests-passing",
    ]);
    expect(score?.rules).toHaveLength(16);
    expect(
      await getProductScore("acme_sales", "model.acme_sales.nope"),
    ).toBeNull();
  });

  test("history is oldest first, and limited to the latest points", async () => {
    const history = await getScoreHistory("acme_sales", `${DIM}.v2`);
    expect(history.map((h) => h.cause)).toEqual(["ingest", "ingest"]);
    expect(history[1]?.score).toBeGreaterThan(history[0]?.score ?? 100);
    const last = await getScoreHistory("acme_sales", `${DIM}.v2`, 1);
    expect(last).toEqual([history[1]]);
    const both = await getProductScoreWithHistory("acme_sales", `${DIM}.v2`);
    expect(both?.history).toEqual(history);
    expect(both?.score.uniqueId).toBe(`${DIM}.v2`);
  });

  test("a project's scoreboard: products best first, distribution, common failures, trend", async () => {
    const board = await getProjectScoreboard("acme_sales");
    expect(board?.products.map((p) => [p.uniqueId, p.level])).toEqual([
      [`${AD_SPEND}.v2`, "bronze"],
      [`${AD_SPEND}.v1`, "bronze"],
      [`${DIM}.v2`, null],
      [`${DIM}.v1`, null],
    ]);
    expect(board?.distribution).toEqual([
      { level: "bronze", count: 2 },
      { level: "silver", count: 0 },
      { level: "gold", count: 0 },
      { level: null, count: 2 },
    ]);
    expect(board?.commonFailures.slice(0, 3)).toEqual([
      expect.objectContaining({
        ruleId: "grants-defined",
        title: "Access granted through grants",
        count: 4,
        level: "gold",
        severity: "error",
      }),
      expect.objectContaining({
        ruleId: "metadata-keys",
        title: "Standard metadata present",
        count: 4,
      }),
      expect.objectContaining({ ruleId: "in-use", title: "In use", count: 3 }),
    ]);
    expect(board?.commonFailures[0]?.advice).toMatch(/grants/);
    expect(board?.trend).toHaveLength(2);
    expect(board?.trend[1]).toMatchObject({
      products: 4,
      levels: { bronze: 2, none: 2 },
    });
    expect(board?.trend[1]?.averageScore).toBeGreaterThan(
      board?.trend[0]?.averageScore ?? 100,
    );
    expect(await getProjectScoreboard("nope")).toBeNull();
  });

  test("products by owner match names and emails across projects, regardless of case", async () => {
    const byEmail = await listProductsByOwner("SALES@acme.co");
    expect(byEmail.map((p) => p.uniqueId)).toEqual([`${DIM}.v2`, `${DIM}.v1`]);
    expect(
      (await listProductsByOwner("sales team")).map((p) => p.uniqueId),
    ).toEqual([`${DIM}.v2`, `${DIM}.v1`]);
    expect(await listProductsByOwner("nobody@acme.co")).toEqual([]);
  });

  test("products by group", async () => {
    const products = await listProductsByGroup("acme_sales", "ad_sales_ops");
    expect(products).toEqual([
      expect.objectContaining({
        project: "acme_sales",
        uniqueId: `${AD_SPEND}.v2`,
        level: "bronze",
        groupName: "ad_sales_ops",
      }),
      expect.objectContaining({ uniqueId: `${AD_SPEND}.v1` }),
    ]);
    expect(products[0]?.failing).toBeGreaterThan(0);
    expect(
      await listProductsByGroup("dbt_bouncer_test_project", "ad_sales_ops"),
    ).toEqual([]);
  });
});
