import { expect, test } from "vitest";
import { splitIdentifier, toNameKey, toPlainText } from "./text";

test.each([
  ["Customer Orders", "customer_orders"],
  ["customer-orders", "customer_orders"],
  ["stg_app_db__customers", "stg_app_db_customers"],
  ["  ", ""],
])("toNameKey(%j) = %j", (input, expected) => {
  expect(toNameKey(input)).toBe(expected);
});

test("splitIdentifier splits snake_case and camelCase into words", () => {
  expect(splitIdentifier("stg_customerOrders__v2")).toBe(
    "stg customer orders v2",
  );
});

test("toPlainText drops markup but keeps words and column names", () => {
  expect(
    toPlainText(
      "## Orders\n\nOne row per **order**, see [docs](https://x.io) and `order_id`.<br/>\n- item",
    ),
  ).toBe("Orders One row per order, see docs and order_id. item");
});
