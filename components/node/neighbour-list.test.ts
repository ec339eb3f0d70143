import { expect, test } from "vitest";
import { getNeighbourLabel } from "./neighbour-list";

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
  expect(getNeighbourLabel({ resourceType, uniqueId, name })).toBe(expected);
});
