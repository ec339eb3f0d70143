import { expect, test } from "vitest";
import { toNodeLabel } from "./node-label";

test.each([
  [
    "source",
    "source.platform.app_db.customers",
    "customers",
    "app_db.customers",
  ],
  [
    "model",
    "model.platform.dim_customers.v2",
    "dim_customers",
    "dim_customers",
  ],
  ["source", "source.odd", "odd", "odd"],
])("a %s %s reads %s", (resourceType, uniqueId, name, expected) => {
  expect(toNodeLabel({ resourceType, uniqueId, name })).toBe(expected);
});
