import { describe, expect, test } from "vitest";
import {
  genericTest,
  relationshipsTest,
  table,
  tableKey,
} from "./fixture-star";
import { buildStar, hasOwnRelationships } from "./star";
import type { StarInputs } from "./types";

/*
 *                       shop.dim_products
 *                              ▲ product_id
 *                              │
 *   shop.dim_customers ◄── shop.fct_orders ◄── shop.fct_returns (order_id)
 *     ▲  customer_id          customer_id
 *     │
 *   crm.fct_tickets (customer_id, cross-project)
 *
 *   shop.customer_obt: built from fct_orders and dim_customers, joins nothing itself
 *   shop.stg_misc: unrelated
 */
const INPUTS: StarInputs = {
  tables: [
    table("shop.dim_customers", ["customer_id", "name"]),
    table("shop.dim_products", ["product_id", "title"]),
    table("shop.fct_orders", [
      "order_id",
      "customer_id",
      "product_id",
      "amount",
    ]),
    table("shop.fct_returns", ["return_id", "order_id"]),
    table("crm.fct_tickets", ["ticket_id", "customer_id"]),
    table("shop.customer_obt", ["customer_id", "order_count"]),
    table("shop.stg_misc", ["id"]),
  ],
  tests: [
    genericTest("unique", "shop.dim_customers", "customer_id"),
    genericTest("not_null", "shop.dim_customers", "customer_id"),
    genericTest("unique", "shop.dim_products", "product_id"),
    genericTest("not_null", "shop.dim_products", "product_id"),
    genericTest("unique", "shop.fct_orders", "order_id"),
    genericTest("not_null", "shop.fct_orders", "order_id"),
    genericTest("unique", "shop.customer_obt", "customer_id"),
    relationshipsTest(
      "shop.fct_orders",
      "customer_id",
      "shop.dim_customers",
      "customer_id",
    ),
    relationshipsTest(
      "shop.fct_orders",
      "product_id",
      "shop.dim_products",
      "product_id",
    ),
    relationshipsTest(
      "shop.fct_returns",
      "order_id",
      "shop.fct_orders",
      "order_id",
    ),
    relationshipsTest(
      "crm.fct_tickets",
      "customer_id",
      "shop.dim_customers",
      "customer_id",
    ),
  ],
  semanticModels: [],
};
const names = (keys: string[]) => keys.map((k) => k.split(".").slice(-1)[0]);

describe("buildStar", () => {
  test.each([
    {
      focus: "shop.fct_orders",
      tables: ["fct_orders", "dim_customers", "dim_products", "fct_returns"],
      relationships: 3,
    },
    {
      focus: "shop.dim_customers",
      tables: ["dim_customers", "fct_tickets", "fct_orders"],
      relationships: 2,
    },
  ])(
    "the star of $focus: the product and what joins it or it joins",
    ({ focus, tables, relationships }) => {
      const star = buildStar(INPUTS, tableKey(focus));
      expect(star.kind).toBe("star");
      expect(names(star.tables.map((t) => t.key))).toEqual(tables);
      expect(star.relationships).toHaveLength(relationships);
      expect(star.tables[0]?.role).toBe("focus");
    },
  );

  test("marks primary and foreign keys on the columns", () => {
    const star = buildStar(INPUTS, tableKey("shop.fct_orders"));
    const orders = star.tables.find((t) => t.role === "focus");
    expect(orders?.primaryKey).toEqual(["order_id"]);
    expect(
      orders?.columns.map((c) => [c.name, c.isPrimaryKey, c.isForeignKey]),
    ).toEqual([
      ["order_id", true, false],
      ["customer_id", false, true],
      ["product_id", false, true],
      ["amount", false, false],
    ]);
  });

  test("a one-big-table product gets the star it was built from", () => {
    const focus = tableKey("shop.customer_obt");
    expect(hasOwnRelationships(INPUTS, focus)).toBe(false);
    const star = buildStar(INPUTS, focus, [
      tableKey("shop.fct_orders"),
      tableKey("shop.dim_customers"),
    ]);
    expect(star.kind).toBe("upstream");
    expect(star.tables.map((t) => [t.name, t.role])).toEqual([
      ["customer_obt", "focus"],
      ["dim_customers", "built_from"],
      ["fct_orders", "built_from"],
      ["fct_tickets", "joined"],
      ["dim_products", "joined"],
      ["fct_returns", "joined"],
    ]);
    expect(star.relationships).toHaveLength(4);
    expect(star.tables[0]?.primaryKey).toEqual([]);
  });

  test("a table with nothing around it is a star of one", () => {
    const star = buildStar(INPUTS, tableKey("shop.stg_misc"));
    expect(star.tables.map((t) => t.name)).toEqual(["stg_misc"]);
    expect(star.relationships).toEqual([]);
  });

  test("a key column the project never declared is shown, marked undeclared", () => {
    const star = buildStar(
      {
        tables: [table("a.child", ["id"]), table("a.parent", ["id"])],
        tests: [relationshipsTest("a.child", "parent_id", "a.parent", "id")],
        semanticModels: [],
      },
      tableKey("a.child"),
    );
    expect(star.tables[0]?.columns.at(-1)).toMatchObject({
      name: "parent_id",
      isForeignKey: true,
      isDeclared: false,
    });
  });
});
