import { describe, expect, test } from "vitest";
import type { StarTable } from "@/lib/mesh/star/types";
import type { JoinLine } from "./join-conditions";
import { buildJoinSnippet, toRefCall } from "./join-snippet";

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

describe("buildJoinSnippet", () => {
  const focus = table({});
  const customers = table({
    key: "platform:model.platform.dim_customers.v2",
    project: "platform",
    name: "dim_customers",
    version: "2",
    role: "joined",
  });
  const line: JoinLine = {
    id: "x",
    from: focus,
    to: customers,
    condition: "fct_invoices.customer_id = dim_customers.customer_id",
    cardinality: "many_to_one",
    sources: ["test"],
    isCrossProject: true,
    direction: "joins",
  };
  const names = new Map([
    [focus.key, "fct_invoices"],
    [customers.key, "dim_customers"],
  ]);

  test("starts from the product and joins each table once", () => {
    expect(buildJoinSnippet(focus, [line, { ...line, id: "y" }], names)).toBe(
      [
        "select *",
        "from {{ ref('finance', 'fct_invoices') }} as fct_invoices",
        "left join {{ ref('platform', 'dim_customers', v=2) }} as dim_customers",
        "  on fct_invoices.customer_id = dim_customers.customer_id",
      ].join("\n"),
    );
  });

  test("a product that joins nothing itself gets no snippet", () => {
    expect(
      buildJoinSnippet(focus, [{ ...line, direction: "among" }], names),
    ).toBeNull();
  });
});
