import { describe, expect, test } from "vitest";
import { snapshotFixture, snapshotSampleMesh } from "@/tests/snapshots";
import { buildMeshGraph } from "../lineage/from-snapshots";
import { buildAdjacency, toNodeKey } from "../lineage/graph";
import type { ProjectSnapshot } from "../snapshot";
import { buildStarInputs } from "./from-snapshots";
import { buildStar } from "./star";

function starOf(
  snapshots: ProjectSnapshot[],
  project: string,
  uniqueId: string,
) {
  const graph = buildMeshGraph(snapshots);
  const focus = toNodeKey(project, uniqueId);
  const parents = buildAdjacency(graph).parents.get(focus) ?? [];
  return buildStar(buildStarInputs(snapshots, graph), focus, parents);
}

const describeJoins = (star: ReturnType<typeof starOf>) =>
  star.relationships
    .map(
      (r) =>
        `${r.from.table.split(".").at(-1)}.${r.from.columns.join("+")} -> ${r.to.table.split(".").at(-1)}.${r.to.columns.join("+")} ${r.cardinality} [${r.sources.join(",")}]`,
    )
    .sort();

/*
 * jaffle-shop (dbt 1.11, from dbterd): contracts with foreign_key constraints
 * (`to: shaman.dummy.locations`), relationships tests and semantic models.
 *
 *   stg_customers ◄─ orders ─► locations        order_items ─► orders ◄─ fct_customer_segment_orders
 *   customers     ◄─┘
 */
describe("real artifacts", () => {
  test("jaffle-shop's orders: tests, constraints and entities, with cardinality", () => {
    const star = starOf(
      [snapshotFixture("dbterd/jaffle-shop-v1.11")],
      "jaffle_shop",
      "model.jaffle_shop.orders",
    );
    expect(star.kind).toBe("star");
    expect(describeJoins(star)).toEqual([
      "fct_customer_segment_orders.order_id -> orders.order_id one_to_one [constraint]",
      "order_items.order_id -> orders.order_id many_to_one [test,entity]",
      "orders.customer_id -> customers.customer_id many_to_one [entity]",
      "orders.customer_id -> stg_customers.customer_id many_to_one [test]",
      "orders.location_id -> locations.location_id many_to_one [constraint,entity]",
    ]);
    const orders = star.tables.find((t) => t.role === "focus");
    expect(orders?.primaryKey).toEqual(["order_id"]);
    expect(
      orders?.columns
        .filter((c) => c.isForeignKey)
        .map((c) => c.name)
        .sort(),
    ).toEqual(["customer_id", "location_id"]);
  });

  test("dbt_constraints' composite foreign_key tests (dbterd's integration project)", () => {
    const star = starOf(
      [snapshotFixture("dbterd/dbt-constraints")],
      "dbt_constraints_integration_tests",
      "model.dbt_constraints_integration_tests.fact_order_line",
    );
    expect(describeJoins(star)).toEqual([
      "fact_order_line.l_orderkey -> dim_orders.o_orderkey many_to_one [test]",
      "fact_order_line.l_partkey+l_suppkey -> dim_part_supplier.ps_partkey+ps_suppkey many_to_one [test]",
    ]);
  });

  test("the dbt-loom pair declares no joins: a consumer model's star is what it was built from", () => {
    const star = starOf(
      [
        snapshotFixture("astronomer-cosmos/cross_project_upstream"),
        snapshotFixture("astronomer-cosmos/cross_project_downstream"),
      ],
      "downstream",
      "model.downstream.fct_customer_revenue",
    );
    expect(star.kind).toBe("upstream");
    expect(
      star.tables.map((t) => [t.project, t.name, t.role, t.primaryKey]),
    ).toEqual([
      ["downstream", "fct_customer_revenue", "focus", ["customer_id"]],
      ["upstream", "int_customer_orders", "built_from", ["customer_id"]],
      ["upstream", "stg_customers", "built_from", ["customer_id"]],
    ]);
  });
});

/*
 * The sample mesh:
 *
 *   platform.fct_orders ──customer_id──► platform.dim_customers(v2) ◄──customer_id── finance.fct_invoices
 */
describe("the sample mesh", () => {
  const sample = snapshotSampleMesh();

  test.each([
    {
      project: "platform",
      uniqueId: "model.platform.fct_orders",
      joins: [
        "fct_orders.customer_id -> v2.customer_id many_to_one [test,constraint,entity]",
      ],
    },
    {
      project: "finance",
      uniqueId: "model.finance.fct_invoices",
      joins: ["fct_invoices.customer_id -> v2.customer_id many_to_one [test]"],
    },
  ])(
    "the star of $project.$uniqueId shows its keys and joins",
    ({ project, uniqueId, joins }) => {
      const star = starOf(sample, project, uniqueId);
      expect(describeJoins(star)).toEqual(joins);
      const dim = star.tables.find((t) => t.name === "dim_customers");
      expect(dim).toMatchObject({
        role: "joined",
        primaryKey: ["customer_id"],
        project: "platform",
      });
    },
  );

  test("customer_ltv joins nothing itself: its star comes from the models it was built from", () => {
    const star = starOf(sample, "platform", "model.platform.customer_ltv");
    expect(star.kind).toBe("upstream");
    expect(
      star.tables
        .filter((t) => t.role === "built_from")
        .map((t) => t.name)
        .sort(),
    ).toEqual(["dim_customers", "fct_invoices", "fct_orders"]);
    expect(star.relationships.some((r) => r.isCrossProject)).toBe(true);
  });
});
