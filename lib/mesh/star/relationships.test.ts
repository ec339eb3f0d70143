import { describe, expect, test } from "vitest";
import {
  genericTest,
  relationshipsTest,
  semanticModel,
  table,
  tableKey,
} from "./fixture-star";
import { deriveRelationships } from "./relationships";
import type { StarInputs } from "./types";

/*
 *   shop.fct_orders ──customer_id──► shop.dim_customers (customer_id)
 *        each case below declares this join (or not) in its own way
 */
const ORDERS = "shop.fct_orders";
const CUSTOMERS = "shop.dim_customers";
const orders = (
  extra: Parameters<typeof table>[2] = {},
  columns?: Parameters<typeof table>[1],
) => table(ORDERS, columns ?? ["order_id", "customer_id", "amount"], extra);
const customers = (
  extra: Parameters<typeof table>[2] = {},
  columns?: Parameters<typeof table>[1],
) => table(CUSTOMERS, columns ?? ["customer_id", "name"], extra);
const PK_TESTS = [
  genericTest("unique", CUSTOMERS, "customer_id"),
  genericTest("not_null", CUSTOMERS, "customer_id"),
];
const inputs = (partial: Partial<StarInputs>): StarInputs => ({
  tables: [orders(), customers()],
  tests: [],
  semanticModels: [],
  ...partial,
});
const summary = (i: StarInputs) =>
  deriveRelationships(i).relationships.map((r) => ({
    join: `${r.from.table}(${r.from.columns.join(",")}) -> ${r.to.table}(${r.to.columns.join(",")})`,
    cardinality: r.cardinality,
    sources: r.sources,
  }));
const JOIN = `${tableKey(ORDERS)}(customer_id) -> ${tableKey(CUSTOMERS)}(customer_id)`;

describe("deriveRelationships", () => {
  test.each([
    {
      name: "a relationships test to a unique, not-null key is many-to-one",
      inputs: inputs({
        tests: [
          relationshipsTest(ORDERS, "customer_id", CUSTOMERS, "customer_id"),
          ...PK_TESTS,
        ],
      }),
      expected: [{ join: JOIN, cardinality: "many_to_one", sources: ["test"] }],
    },
    {
      name: "without key facts on the referenced column, cardinality is unknown",
      inputs: inputs({
        tests: [
          relationshipsTest(ORDERS, "customer_id", CUSTOMERS, "customer_id"),
        ],
      }),
      expected: [{ join: JOIN, cardinality: "unknown", sources: ["test"] }],
    },
    {
      name: "unique on both sides is one-to-one",
      inputs: inputs({
        tests: [
          relationshipsTest(ORDERS, "customer_id", CUSTOMERS, "customer_id"),
          genericTest("unique", ORDERS, "customer_id"),
          ...PK_TESTS,
        ],
      }),
      expected: [{ join: JOIN, cardinality: "one_to_one", sources: ["test"] }],
    },
    {
      name: "a column-level foreign_key constraint (dbt 1.9+ to/to_columns, quoted relation) to a primary_key constraint",
      inputs: inputs({
        tables: [
          orders({}, [
            "order_id",
            {
              name: "customer_id",
              constraints: [
                {
                  type: "foreign_key",
                  to: '"ANALYTICS"."shop"."dim_customers"',
                  to_columns: ["customer_id"],
                },
              ],
            },
          ]),
          customers({}, [
            { name: "customer_id", constraints: [{ type: "primary_key" }] },
            "name",
          ]),
        ],
      }),
      expected: [
        { join: JOIN, cardinality: "many_to_one", sources: ["constraint"] },
      ],
    },
    {
      name: "a model-level foreign_key with an older SQL expression, matched by the end of the relation name",
      inputs: inputs({
        tables: [
          orders({
            constraints: [
              {
                type: "foreign_key",
                columns: ["customer_id"],
                expression: "shop.dim_customers (customer_id)",
              },
            ],
          }),
          customers({
            constraints: [{ type: "primary_key", columns: ["customer_id"] }],
          }),
        ],
      }),
      expected: [
        { join: JOIN, cardinality: "many_to_one", sources: ["constraint"] },
      ],
    },
    {
      name: "a foreign key without target columns references the target's primary key",
      inputs: inputs({
        tables: [
          orders({
            constraints: [
              {
                type: "foreign_key",
                columns: ["customer_id"],
                to: "analytics.shop.dim_customers",
              },
            ],
          }),
          customers(),
        ],
        tests: PK_TESTS,
      }),
      expected: [
        { join: JOIN, cardinality: "many_to_one", sources: ["constraint"] },
      ],
    },
    {
      name: "a foreign entity joins the primary entity of the same name in the same project",
      inputs: inputs({
        tables: [orders(), customers({}, ["id", "name"])],
        semanticModels: [
          semanticModel("shop.orders", ORDERS, [
            { name: "order", type: "primary", expr: "order_id" },
            { name: "customer", type: "foreign", expr: "customer_id" },
          ]),
          semanticModel("shop.customers", CUSTOMERS, [
            { name: "customer", type: "primary", expr: "id" },
          ]),
        ],
      }),
      expected: [
        {
          join: `${tableKey(ORDERS)}(customer_id) -> ${tableKey(CUSTOMERS)}(id)`,
          cardinality: "many_to_one",
          sources: ["entity"],
        },
      ],
    },
    {
      name: "two primary entities of the same name join one to one, once",
      inputs: inputs({
        tables: [
          customers(),
          table("shop.customer_ltv", ["customer_id", "ltv"]),
        ],
        semanticModels: [
          semanticModel("shop.customers", CUSTOMERS, [
            { name: "customer", type: "primary", expr: "customer_id" },
          ]),
          semanticModel("shop.ltv", "shop.customer_ltv", [
            { name: "customer", type: "primary", expr: null },
          ]),
        ],
      }),
      expected: [
        {
          join: `${tableKey(CUSTOMERS)}(customer_id) -> ${tableKey("shop.customer_ltv")}(customer)`,
          cardinality: "one_to_one",
          sources: ["entity"],
        },
      ],
    },
    {
      name: "entities of another project's semantic manifest do not join",
      inputs: inputs({
        tables: [orders(), table("crm.dim_customers", ["customer_id"])],
        semanticModels: [
          semanticModel("shop.orders", ORDERS, [
            { name: "customer", type: "foreign", expr: "customer_id" },
          ]),
          semanticModel("crm.customers", "crm.dim_customers", [
            { name: "customer", type: "primary", expr: "customer_id" },
          ]),
        ],
      }),
      expected: [],
    },
    {
      name: "a test, a constraint and an entity declaring one join make one relationship with three sources",
      inputs: inputs({
        tables: [
          orders({}, [
            {
              name: "customer_id",
              constraints: [
                {
                  type: "foreign_key",
                  to: "analytics.shop.dim_customers",
                  to_columns: ["customer_id"],
                },
              ],
            },
          ]),
          customers(),
        ],
        tests: [
          relationshipsTest(ORDERS, "CUSTOMER_ID", CUSTOMERS, "customer_id"),
          ...PK_TESTS,
        ],
        semanticModels: [
          semanticModel("shop.orders", ORDERS, [
            { name: "customer", type: "foreign", expr: "customer_id" },
          ]),
          semanticModel("shop.customers", CUSTOMERS, [
            { name: "customer", type: "primary", expr: "customer_id" },
          ]),
        ],
      }),
      expected: [
        {
          join: `${tableKey(ORDERS)}(CUSTOMER_ID) -> ${tableKey(CUSTOMERS)}(customer_id)`,
          cardinality: "many_to_one",
          sources: ["test", "constraint", "entity"],
        },
      ],
    },
    {
      name: "dbt_constraints foreign_key tests join composite keys to their primary_key",
      inputs: inputs({
        tables: [
          table("tpch.fact_lines", ["l_partkey", "l_suppkey"]),
          table("tpch.dim_part_supplier", ["ps_partkey", "ps_suppkey"]),
        ],
        tests: [
          genericTest(
            "foreign_key",
            "tpch.fact_lines",
            null,
            {
              fk_column_names: ["l_partkey", "l_suppkey"],
              pk_table_name: "ref('dim_part_supplier')",
              pk_column_names: ["ps_partkey", "ps_suppkey"],
            },
            ["tpch.dim_part_supplier"],
          ),
          genericTest("primary_key", "tpch.dim_part_supplier", null, {
            column_names: ["ps_suppkey", "ps_partkey"],
          }),
        ],
      }),
      expected: [
        {
          join: `${tableKey("tpch.fact_lines")}(l_partkey,l_suppkey) -> ${tableKey("tpch.dim_part_supplier")}(ps_partkey,ps_suppkey)`,
          cardinality: "many_to_one",
          sources: ["test"],
        },
      ],
    },
    {
      name: "a relationships test on an expression is left out",
      inputs: inputs({
        tests: [
          genericTest(
            "relationships",
            ORDERS,
            null,
            {
              column_name: "coalesce(a, '') || b",
              to: "ref('dim_customers')",
              field: "customer_id",
            },
            [CUSTOMERS],
          ),
        ],
      }),
      expected: [],
    },
    {
      name: "a relationships test to a source is resolved among the test's parents",
      inputs: inputs({
        tables: [orders(), table("source:shop.raw.customers", ["id"])],
        tests: [
          genericTest(
            "relationships",
            ORDERS,
            "customer_id",
            { to: "source('raw', 'customers')", field: "id" },
            ["source:shop.raw.customers"],
          ),
        ],
      }),
      expected: [
        {
          join: `${tableKey(ORDERS)}(customer_id) -> ${tableKey("source:shop.raw.customers")}(id)`,
          cardinality: "unknown",
          sources: ["test"],
        },
      ],
    },
  ])("$name", ({ inputs: given, expected }) => {
    expect(summary(given)).toEqual(expected);
  });

  test("a relationship across projects is marked so", () => {
    const { relationships } = deriveRelationships({
      tables: [table("finance.fct_invoices", ["customer_id"]), customers()],
      tests: [
        relationshipsTest(
          "finance.fct_invoices",
          "customer_id",
          CUSTOMERS,
          "customer_id",
        ),
      ],
      semanticModels: [],
    });
    expect(relationships[0]?.isCrossProject).toBe(true);
  });
});
