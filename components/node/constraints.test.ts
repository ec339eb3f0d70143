import { describe, expect, test } from "vitest";
import {
  describeColumnConstraints,
  describeModelConstraints,
} from "./constraints";

describe("describeColumnConstraints", () => {
  test("a primary key on the column is a marker, not a label", () => {
    expect(
      describeColumnConstraints(
        "invoice_id",
        [
          { type: "not_null", expression: null, to: null, to_columns: [] },
          { type: "primary_key", warn_unenforced: false },
        ],
        [],
      ),
    ).toEqual({ isPrimaryKey: true, labels: ["not null"] });
  });

  test("a primary key or check declared on the model applies to its columns", () => {
    const model = [
      { type: "primary_key", columns: ["order_id", "line_number"] },
      { type: "check", columns: ["amount"], expression: "amount >= 0" },
    ];
    expect(describeColumnConstraints("ORDER_ID", [], model)).toEqual({
      isPrimaryKey: true,
      labels: [],
    });
    expect(describeColumnConstraints("amount", [], model)).toEqual({
      isPrimaryKey: false,
      labels: ["check (amount >= 0)"],
    });
  });

  test.each([
    [{ type: "unique" }, "unique"],
    [{ type: "check" }, "check"],
    [
      { type: "foreign_key", to: "ref('dim_customers')", to_columns: ["id"] },
      "references ref('dim_customers') (id)",
    ],
    [
      { type: "foreign_key", expression: "analytics.customers (id)" },
      "references analytics.customers (id)",
    ],
    [{ type: "custom_thing" }, "custom thing"],
  ])("%j reads %j", (constraint, label) => {
    expect(describeColumnConstraints("c", [constraint], []).labels).toEqual([
      label,
    ]);
  });

  test("malformed constraints are skipped, not fatal", () => {
    expect(
      describeColumnConstraints("c", [null, "not_null", { name: "x" }], []),
    ).toEqual({ isPrimaryKey: false, labels: [] });
  });
});

test("model constraints name their columns", () => {
  expect(
    describeModelConstraints([
      { type: "primary_key", columns: ["order_id", "line_number"] },
    ]),
  ).toEqual(["primary key on order_id, line_number"]);
});
