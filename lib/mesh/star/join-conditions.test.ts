import { describe, expect, test } from "vitest";
import type { Relationship, Star, StarTable } from "@/lib/mesh/star/types";
import { describeJoins, formatCondition, nameTables } from "./join-conditions";

function table(
  project: string,
  name: string,
  role: StarTable["role"],
  version: string | null = null,
): StarTable {
  const uniqueId = `model.${project}.${name}${version ? `.v${version}` : ""}`;
  return {
    key: `${project}:${uniqueId}`,
    uniqueId,
    project,
    name,
    resourceType: "model",
    access: "public",
    version,
    relationName: null,
    isExternal: false,
    role,
    primaryKey: [],
    columns: [],
  };
}

function relationship(
  from: StarTable,
  fromColumns: string[],
  to: StarTable,
  toColumns: string[],
  extra: Partial<Relationship> = {},
): Relationship {
  return {
    from: { table: from.key, columns: fromColumns },
    to: { table: to.key, columns: toColumns },
    cardinality: "many_to_one",
    sources: ["test"],
    isCrossProject: from.project !== to.project,
    ...extra,
  };
}

/*
 *   finance.fct_invoices ──customer_id──► platform.dim_customers v2
 *   finance.fct_payments ──invoice_id───► finance.fct_invoices (focus)
 */
const invoices = table("finance", "fct_invoices", "focus");
const customers = table("platform", "dim_customers", "joined", "2");
const payments = table("finance", "fct_payments", "joined");

describe("describeJoins", () => {
  const star: Star = {
    focus: invoices.key,
    kind: "star",
    tables: [invoices, customers, payments],
    relationships: [
      relationship(payments, ["invoice_id"], invoices, ["invoice_id"], {
        cardinality: "unknown",
        sources: ["constraint", "entity"],
      }),
      relationship(invoices, ["customer_id"], customers, ["customer_id"]),
      relationship(invoices, ["invoice_id"], invoices, ["invoice_id"]),
    ],
  };

  test("the focus's own joins come first, then those made to it", () => {
    expect(describeJoins(star).map((j) => [j.direction, j.condition])).toEqual([
      ["joins", "fct_invoices.customer_id = dim_customers.customer_id"],
      ["joined_by", "fct_payments.invoice_id = fct_invoices.invoice_id"],
    ]);
  });

  test("each join keeps its cardinality, sources and project crossing", () => {
    const [toCustomers, fromPayments] = describeJoins(star);
    expect(toCustomers).toMatchObject({
      cardinality: "many_to_one",
      sources: ["test"],
      isCrossProject: true,
    });
    expect(fromPayments).toMatchObject({
      cardinality: "unknown",
      sources: ["constraint", "entity"],
      isCrossProject: false,
    });
  });
});

describe("join conditions", () => {
  test("two versions of one model are told apart by version", () => {
    const v1 = table("platform", "dim_customers", "built_from", "1");
    const names = nameTables([v1, customers, invoices]);
    expect(names.get(v1.key)).toBe("dim_customers_v1");
    expect(names.get(customers.key)).toBe("dim_customers_v2");
    expect(names.get(invoices.key)).toBe("fct_invoices");
  });

  test("a composite key joins on every column pair", () => {
    const lines = table("finance", "fct_invoice_lines", "joined");
    expect(
      formatCondition(
        relationship(lines, ["invoice_id", "line_no"], invoices, [
          "invoice_id",
          "line_number",
        ]),
        nameTables([lines, invoices]),
      ),
    ).toBe(
      "fct_invoice_lines.invoice_id = fct_invoices.invoice_id and fct_invoice_lines.line_no = fct_invoices.line_number",
    );
  });
});
