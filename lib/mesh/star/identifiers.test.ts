import { describe, expect, test } from "vitest";
import {
  parseReferencesExpression,
  parseTargetCall,
  splitRelationName,
  toColumnName,
} from "./identifiers";

describe("parseTargetCall", () => {
  test.each([
    {
      text: "ref('dim_customers')",
      expected: {
        kind: "ref",
        package: null,
        name: "dim_customers",
        version: null,
      },
    },
    {
      text: `ref("platform", "dim_customers")`,
      expected: {
        kind: "ref",
        package: "platform",
        name: "dim_customers",
        version: null,
      },
    },
    {
      text: "ref('dim_customers', v=2)",
      expected: {
        kind: "ref",
        package: null,
        name: "dim_customers",
        version: "2",
      },
    },
    {
      text: "{{ ref('platform', 'dim_customers', version='3') }}",
      expected: {
        kind: "ref",
        package: "platform",
        name: "dim_customers",
        version: "3",
      },
    },
    {
      text: "source('tpc_h', 'source_supplier')",
      expected: { kind: "source", source: "tpc_h", table: "source_supplier" },
    },
    { text: "analytics.dim_customers", expected: null },
    { text: 42, expected: null },
  ])("$text", ({ text, expected }) => {
    expect(parseTargetCall(text)).toEqual(expected);
  });
});

describe("parseReferencesExpression", () => {
  test.each([
    {
      text: "analytics.dim_customers (customer_id)",
      expected: {
        relation: "analytics.dim_customers",
        columns: ["customer_id"],
      },
    },
    {
      text: "references dim_part_supplier(ps_partkey, ps_suppkey)",
      expected: {
        relation: "dim_part_supplier",
        columns: ["ps_partkey", "ps_suppkey"],
      },
    },
    { text: "net_amount >= 0", expected: null },
    { text: null, expected: null },
  ])("$text", ({ text, expected }) => {
    expect(parseReferencesExpression(text)).toEqual(expected);
  });
});

describe("identifiers", () => {
  test.each([
    { value: "customer_id", expected: "customer_id" },
    { value: '"Customer_ID"', expected: "Customer_ID" },
    { value: "`id`", expected: "id" },
    { value: "coalesce(a, b)", expected: null },
    { value: "1", expected: null },
    { value: undefined, expected: null },
  ])("column $value", ({ value, expected }) => {
    expect(toColumnName(value)).toBe(expected);
  });

  test("relation names compare without quotes and case", () => {
    expect(splitRelationName('"ANALYTICS"."Shop".`orders`')).toEqual([
      "analytics",
      "shop",
      "orders",
    ]);
  });
});
