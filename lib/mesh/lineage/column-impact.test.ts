import { describe, expect, test } from "vitest";
import { groupColumnImpact, type ImpactedColumn } from "./column-impact";

//   upstream.stg_customers.email ──► downstream.fct_customer_revenue.email ──► downstream.rpt.contact
//                                └─► (filter) downstream.fct_marketing          └─► exposure: crm dashboard
const FINANCE = { name: "finance", email: null };
const columns: ImpactedColumn[] = [
  {
    project: "downstream",
    uniqueId: "model.downstream.rpt",
    name: "rpt",
    column: "contact",
    kinds: ["expression"],
    owner: null,
  },
  {
    project: "downstream",
    uniqueId: "model.downstream.fct_customer_revenue",
    name: "fct_customer_revenue",
    column: "email",
    kinds: ["passthrough"],
    owner: FINANCE,
  },
  {
    project: "downstream",
    uniqueId: "model.downstream.fct_marketing",
    name: "fct_marketing",
    column: null,
    kinds: ["filter"],
    owner: FINANCE,
  },
];

describe("groupColumnImpact", () => {
  test("groups by project, then owner with the unowned last, and counts", () => {
    const report = groupColumnImpact(columns, [
      {
        project: "bi",
        uniqueId: "exposure.bi.crm",
        name: "crm dashboard",
        owner: { name: "sales ops", email: "ops@example.com" },
      },
    ]);
    expect(report.totals).toEqual({
      columns: 2,
      models: 3,
      projects: 2,
      exposures: 1,
    });
    expect(
      report.projects.map((p) => [
        p.project,
        p.owners.map((o) => o.owner?.name ?? null),
      ]),
    ).toEqual([
      ["bi", ["sales ops"]],
      ["downstream", ["finance", null]],
    ]);
    expect(
      report.projects[1]?.owners[0]?.columns.map(
        (c) => `${c.name}.${c.column ?? "*"}`,
      ),
    ).toEqual(["fct_customer_revenue.email", "fct_marketing.*"]);
  });

  test("nothing downstream is an empty report", () => {
    expect(groupColumnImpact([], [])).toEqual({
      totals: { columns: 0, models: 0, projects: 0, exposures: 0 },
      projects: [],
    });
  });
});
