import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { closeDb } from "@/lib/db/client";
import { ingestSampleMesh } from "@/lib/ingest/ingest-sample";
import type { Star } from "@/lib/mesh/star/types";
import { useTestDatabase } from "@/tests/db";
import { readFixtureDir } from "@/tests/fixtures";
import { ingest, TEST_LIMIT } from "@/tests/ingest";
import { getStar } from "./lineage-star";

async function starOf(uniqueId: string, project: string | null = null) {
  const result = await getStar({ uniqueId, project });
  if (result.status !== "found") throw new Error(result.status);
  return result.star;
}

const joins = (star: Star) =>
  star.relationships
    .map(
      (r) =>
        `${r.from.table}(${r.from.columns.join(",")}) -> ${r.to.table}(${r.to.columns.join(",")}) ${r.cardinality} [${r.sources.join(",")}]`,
    )
    .sort();

describe("getStar", () => {
  beforeAll(async () => {
    await useTestDatabase();
    await ingestSampleMesh({ maxArtifactBytes: TEST_LIMIT });
    await ingest(readFixtureDir("astronomer-cosmos/cross_project_upstream"));
    await ingest(readFixtureDir("astronomer-cosmos/cross_project_downstream"));
    await ingest(readFixtureDir("dbterd/jaffle-shop-v1.11"));
  });
  afterAll(closeDb);

  test("platform.fct_orders joins dim_customers through a test, a constraint and an entity", async () => {
    const star = await starOf("model.platform.fct_orders");
    expect(star.kind).toBe("star");
    expect(joins(star)).toEqual([
      "platform:model.platform.fct_orders(customer_id) -> platform:model.platform.dim_customers.v2(customer_id) many_to_one [test,constraint,entity]",
    ]);
    const orders = star.tables.find((t) => t.role === "focus");
    expect(orders?.primaryKey).toEqual(["order_id"]);
    expect(orders?.columns.find((c) => c.name === "customer_id")).toMatchObject(
      { isForeignKey: true, isPrimaryKey: false },
    );
    const customers = star.tables.find((t) => t.name === "dim_customers");
    expect(customers?.columns.find((c) => c.isPrimaryKey)?.name).toBe(
      "customer_id",
    );
  });

  test("finance.fct_invoices joins platform.dim_customers across projects", async () => {
    const star = await starOf("model.finance.fct_invoices");
    expect(star.relationships).toHaveLength(1);
    expect(star.relationships[0]).toMatchObject({
      cardinality: "many_to_one",
      isCrossProject: true,
      sources: ["test"],
      to: {
        table: "platform:model.platform.dim_customers.v2",
        columns: ["customer_id"],
      },
    });
    expect(star.tables.map((t) => [t.project, t.name, t.role])).toEqual([
      ["finance", "fct_invoices", "focus"],
      ["platform", "dim_customers", "joined"],
    ]);
  });

  test("platform.dim_customers is joined by facts in its own and other projects", async () => {
    const star = await starOf("model.platform.dim_customers.v2");
    const joined = star.tables
      .filter((t) => t.role === "joined")
      .map((t) => `${t.project}.${t.name}`);
    expect(joined).toEqual(
      expect.arrayContaining(["finance.fct_invoices", "platform.fct_orders"]),
    );
  });

  test("customer_ltv, a one-big-table product, shows the star it was built from", async () => {
    const star = await starOf("model.platform.customer_ltv");
    expect(star.kind).toBe("upstream");
    expect(
      star.tables
        .filter((t) => t.role === "built_from")
        .map((t) => t.name)
        .sort(),
    ).toEqual(["dim_customers", "fct_invoices", "fct_orders"]);
    expect(joins(star)).toContain(
      "finance:model.finance.fct_invoices(customer_id) -> platform:model.platform.dim_customers.v2(customer_id) many_to_one [test]",
    );
  });

  test("jaffle-shop orders: the real dbt 1.11 constraints, tests and entities", async () => {
    const star = await starOf("model.jaffle_shop.orders");
    expect(
      joins(star).map((j) =>
        j.replaceAll("jaffle_shop:model.jaffle_shop.", ""),
      ),
    ).toEqual([
      "fct_customer_segment_orders(order_id) -> orders(order_id) one_to_one [constraint]",
      "order_items(order_id) -> orders(order_id) many_to_one [test,entity]",
      "orders(customer_id) -> customers(customer_id) many_to_one [entity]",
      "orders(customer_id) -> stg_customers(customer_id) many_to_one [test]",
      "orders(location_id) -> locations(location_id) many_to_one [constraint,entity]",
    ]);
  });

  test("a loom consumer model declares no joins: its star is the producer models it was built from", async () => {
    const star = await starOf("model.downstream.fct_customer_revenue");
    expect(star.kind).toBe("upstream");
    expect(star.tables.map((t) => `${t.project}.${t.name}:${t.role}`)).toEqual([
      "downstream.fct_customer_revenue:focus",
      "upstream.int_customer_orders:built_from",
      "upstream.stg_customers:built_from",
    ]);
  });
});
