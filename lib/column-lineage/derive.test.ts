import { describe, expect, test } from "vitest";
import { deriveColumnLineage } from "./derive";
import type { UpstreamRelation } from "./types";

//   orders (db.raw.orders) ──┐
//                            ├──► the model under test
//   customers (db.raw.customers) ┘
const ORDERS: UpstreamRelation = {
  uniqueId: "model.shop.orders",
  project: "shop",
  database: "db",
  schema: "raw",
  identifier: "orders",
  columns: ["id", "customer_id", "amount", "status"].map((name) => ({
    name,
    type: null,
  })),
  isComplete: true,
};
const CUSTOMERS: UpstreamRelation = {
  uniqueId: "model.crm.customers",
  project: "crm",
  database: "db",
  schema: "raw",
  identifier: "customers",
  columns: ["id", "email"].map((name) => ({ name, type: null })),
  isComplete: true,
};

function derive(sql: string, adapterType = "postgres") {
  return deriveColumnLineage({
    uniqueId: "model.shop.m",
    compiledCode: sql,
    adapterType,
    upstream: [ORDERS, CUSTOMERS],
  });
}

function columnsOf(sql: string, adapterType?: string) {
  const lineage = derive(sql, adapterType);
  if (lineage.status !== "derived") throw new Error(lineage.error);
  return Object.fromEntries(
    lineage.columns.map((c) => [
      c.column,
      c.sources.map((s) => `${s.project}:${s.column} ${s.kind}`),
    ]),
  );
}

describe("deriveColumnLineage", () => {
  test.each([
    [
      "passthrough",
      "select id from db.raw.orders",
      { id: ["shop:id passthrough"] },
    ],
    [
      "rename",
      "select id as order_id from db.raw.orders",
      { order_id: ["shop:id rename"] },
    ],
    [
      "expression",
      "select amount * 2 as doubled from db.raw.orders",
      { doubled: ["shop:amount expression"] },
    ],
    [
      "aggregation",
      "select sum(amount) as total from db.raw.orders",
      { total: ["shop:amount aggregation"] },
    ],
    [
      "through a CTE and select *",
      "with o as (select * from db.raw.orders) select status from o",
      { status: ["shop:status passthrough"] },
    ],
    [
      "a rename then an aggregate is an aggregation",
      "with o as (select amount as a from db.raw.orders) select max(a) as m from o",
      { m: ["shop:amount aggregation"] },
    ],
    [
      "quoted names",
      'select "id" from "db"."raw"."orders"',
      { id: ["shop:id passthrough"] },
    ],
    [
      "a literal has no upstream",
      "select 1 as one from db.raw.orders",
      { one: [] },
    ],
    [
      "uppercase SQL folds to the names as stored",
      "SELECT ID FROM DB.RAW.ORDERS",
      { id: ["shop:id passthrough"] },
      "snowflake",
    ],
  ])("%s", (_, sql, expected, adapter = "postgres") => {
    expect(columnsOf(sql, adapter)).toEqual(expected);
  });

  test("a column used only to filter or join shapes the rows, across projects", () => {
    const lineage = derive(
      "select o.id from db.raw.orders o join db.raw.customers c on o.customer_id = c.id where c.email is not null",
    );
    expect(
      lineage.status === "derived" &&
        lineage.rowSources
          .map((s) => `${s.project}:${s.column} ${s.kind}`)
          .sort(),
    ).toEqual(["crm:email filter", "crm:id filter", "shop:customer_id filter"]);
  });

  test("SQL that does not parse is a parse error, not a throw", () => {
    expect(derive("select from where (").status).toBe("parse_error");
  });

  test("a select * over a relation nobody knows the columns of says so", () => {
    expect(derive("select * from db.raw.unknown_table").status).toBe(
      "unknown_columns",
    );
  });
});
