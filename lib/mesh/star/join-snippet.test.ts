import { describe, expect, test } from "vitest";
import type { StarTable } from "@/lib/mesh/star/types";
import type { JoinLine } from "./join-conditions";
import { adviseJoins, toRefCall } from "./join-snippet";

function table(overrides: Partial<StarTable>): StarTable {
  return {
    key: "finance:model.finance.fct_invoices",
    uniqueId: "model.finance.fct_invoices",
    project: "finance",
    name: "fct_invoices",
    resourceType: "model",
    access: "public",
    version: null,
    relationName: null,
    isExternal: false,
    role: "focus",
    primaryKey: [],
    columns: [],
    ...overrides,
  };
}

describe("toRefCall", () => {
  test.each([
    { table: table({}), expected: "{{ ref('finance', 'fct_invoices') }}" },
    {
      table: table({
        project: "platform",
        name: "dim_customers",
        version: "2",
      }),
      expected: "{{ ref('platform', 'dim_customers', v=2) }}",
    },
    {
      table: table({ access: "protected", name: "int_totals" }),
      expected: "{{ ref('int_totals') }}",
    },
    {
      table: table({
        resourceType: "source",
        uniqueId: "source.finance.billing.invoices",
        name: "invoices",
        access: null,
      }),
      expected: "{{ source('billing', 'invoices') }}",
    },
  ])("$expected", ({ table: t, expected }) => {
    expect(toRefCall(t)).toBe(expected);
  });
});

/*
 *   fct_orders ──┐ many-to-one            fct_invoices ──┐
 *                ▼                                        ▼
 *          dim_customers ── many-to-one ──▶ dim_regions
 *                ▲
 *   crm_profile ─┘ one-to-one
 */
describe("adviseJoins", () => {
  const customers = table({
    key: "platform:dim_customers",
    uniqueId: "model.platform.dim_customers",
    project: "platform",
    name: "dim_customers",
  });
  const orders = table({
    key: "platform:fct_orders",
    project: "platform",
    name: "fct_orders",
    access: "protected",
    role: "joined",
  });
  const invoices = table({
    key: "finance:fct_invoices",
    role: "joined",
  });
  const regions = table({
    key: "platform:dim_regions",
    project: "platform",
    name: "dim_regions",
    role: "joined",
  });
  const profile = table({
    key: "platform:crm_profile",
    project: "platform",
    name: "crm_profile",
    access: "protected",
    role: "joined",
  });
  const names = new Map(
    [customers, orders, invoices, regions, profile].map((t) => [t.key, t.name]),
  );
  function line(
    from: StarTable,
    to: StarTable,
    direction: JoinLine["direction"],
    cardinality: JoinLine["cardinality"] = "many_to_one",
  ): JoinLine {
    const key = to.name === "dim_regions" ? "region_id" : "customer_id";
    return {
      id: `${from.key}>${to.key}`,
      from,
      to,
      condition: `${from.name}.${key} = ${to.name}.${key}`,
      fromColumns: [key],
      toColumns: [key],
      cardinality,
      sources: ["test"],
      isCrossProject: from.project !== to.project,
      direction,
    };
  }
  const ordersToCustomers = line(orders, customers, "joined_by");
  const invoicesToCustomers = line(invoices, customers, "joined_by");
  const customersToRegions = line(customers, regions, "joins");

  test("a fact with its dimension: one query, its grain kept, no warning", () => {
    const advice = adviseJoins(
      orders,
      [line(orders, customers, "joins")],
      names,
    );
    expect(advice.fanOutWarning).toBeNull();
    expect(advice.queries).toEqual([
      {
        title: "fct_orders with dim_customers",
        why: "Each fct_orders row matches at most one row of it: one row per fct_orders row.",
        sql: [
          "select *",
          "from {{ ref('fct_orders') }} as fct_orders",
          "left join {{ ref('platform', 'dim_customers') }} as dim_customers",
          "  on fct_orders.customer_id = dim_customers.customer_id",
        ].join("\n"),
      },
    ]);
  });

  test("a dimension two facts point to never joins both at once (the chasm trap)", () => {
    const advice = adviseJoins(
      customers,
      [customersToRegions, ordersToCustomers, invoicesToCustomers],
      names,
    );
    expect(advice.fanOutWarning).toBe(
      "Do not join fct_orders and fct_invoices to dim_customers in one query: each dim_customers row would repeat once per combination of their rows (a fan-out, the chasm trap), and every sum over it would be wrong. Query each from its own side, or aggregate each to dim_customers first, as below.",
    );
    expect(advice.queries.map((q) => q.title)).toEqual([
      "dim_customers with dim_regions",
      "Each fct_orders row with its dim_customers",
      "Each fct_invoices row with its dim_customers",
      "dim_customers with fct_orders and fct_invoices aggregated to it",
    ]);
    // No query joins a fact to the dimension next to another fact or its
    // dimensions: each starts from the fact, or reads it grouped by the key.
    expect(advice.queries[1]?.sql).toBe(
      [
        "select *",
        "from {{ ref('fct_orders') }} as fct_orders",
        "left join {{ ref('platform', 'dim_customers') }} as dim_customers",
        "  on fct_orders.customer_id = dim_customers.customer_id",
      ].join("\n"),
    );
    expect(advice.queries[3]?.sql).toBe(
      [
        "with fct_orders_per_dim_customers as (",
        "  select customer_id, count(*) as fct_orders_rows  -- add the sums you need",
        "  from {{ ref('fct_orders') }}",
        "  group by customer_id",
        "),",
        "fct_invoices_per_dim_customers as (",
        "  select customer_id, count(*) as fct_invoices_rows  -- add the sums you need",
        "  from {{ ref('finance', 'fct_invoices') }}",
        "  group by customer_id",
        ")",
        "select",
        "  dim_customers.*,",
        "  coalesce(fct_orders_per_dim_customers.fct_orders_rows, 0) as fct_orders_rows,",
        "  coalesce(fct_invoices_per_dim_customers.fct_invoices_rows, 0) as fct_invoices_rows",
        "from {{ ref('platform', 'dim_customers') }} as dim_customers",
        "left join fct_orders_per_dim_customers",
        "  on dim_customers.customer_id = fct_orders_per_dim_customers.customer_id",
        "left join fct_invoices_per_dim_customers",
        "  on dim_customers.customer_id = fct_invoices_per_dim_customers.customer_id",
      ].join("\n"),
    );
  });

  test("one fact pointing to the dimension: warned once, offered from both sides", () => {
    const advice = adviseJoins(customers, [ordersToCustomers], names);
    expect(advice.fanOutWarning).toBe(
      "Joining fct_orders to dim_customers repeats each dim_customers row once per matching fct_orders row: sum a dim_customers column over it and the total is wrong.",
    );
    expect(advice.queries.map((q) => q.title)).toEqual([
      "Each fct_orders row with its dim_customers",
      "dim_customers with fct_orders aggregated to it",
    ]);
  });

  test("a one-to-one table pointing to the product joins it directly", () => {
    const advice = adviseJoins(
      customers,
      [line(profile, customers, "joined_by", "one_to_one")],
      names,
    );
    expect(advice.fanOutWarning).toBeNull();
    expect(advice.queries.map((q) => q.title)).toEqual([
      "dim_customers with crm_profile",
    ]);
  });

  test("a reference of unknown cardinality is joined and said to be unchecked", () => {
    const advice = adviseJoins(
      orders,
      [line(orders, customers, "joins", "unknown")],
      names,
    );
    expect(advice.queries[0]?.why).toBe(
      "One row per fct_orders row, provided dim_customers is unique on the join key: nothing declares it, so check it, or rows repeat.",
    );
  });

  test("a product that joins nothing itself gets no query", () => {
    expect(
      adviseJoins(customers, [line(orders, regions, "among")], names),
    ).toEqual({ queries: [], fanOutWarning: null });
  });
});
