import { expect, test } from "vitest";
import type { NodeListItem } from "@/lib/db/queries/project-nodes";
import { groupNodeList } from "./node-list-groups";

function item(
  name: string,
  access: string | null,
  groupName: string | null,
  folder: string,
): NodeListItem {
  return {
    uniqueId: `model.p.${name}`,
    name,
    resourceType: "model",
    access,
    groupName,
    folder,
    materialized: "table",
    version: null,
    latestVersion: null,
    deprecationDate: null,
    contractEnforced: false,
    description: "",
    tags: [],
    packageName: "p",
    sourceName: null,
    status: null,
    isProduct: access === "public",
    maturity: null,
  };
}

function shape(items: NodeListItem[]) {
  return groupNodeList(items).map((tier) => [
    tier.tier,
    tier.groups.map((g) => [
      g.groupName,
      g.folders.map((f) => [f.folder, f.items.map((i) => i.name)]),
    ]),
  ]);
}

test("public nodes, then the rest, each by group and folder", () => {
  expect(
    shape([
      item("dim_products", "public", "catalog", "models/marts"),
      item("dim_customers", "public", "core", "models/marts"),
      item("fct_orders", "public", "core", "models/marts"),
      item("stg_products", "private", "catalog", "models/staging"),
      item("int_orders", "protected", "core", "models/intermediate"),
      item("stg_orders", "private", "core", "models/staging"),
      item("spine", null, null, "models/utilities"),
    ]),
  ).toEqual([
    [
      "public",
      [
        ["catalog", [["models/marts", ["dim_products"]]]],
        ["core", [["models/marts", ["dim_customers", "fct_orders"]]]],
      ],
    ],
    [
      "other",
      [
        ["catalog", [["models/staging", ["stg_products"]]]],
        [
          "core",
          [
            ["models/intermediate", ["int_orders"]],
            ["models/staging", ["stg_orders"]],
          ],
        ],
        [null, [["models/utilities", ["spine"]]]],
      ],
    ],
  ]);
});

test("nodes without access (sources, tests) form one tier", () => {
  const tiers = groupNodeList([
    item("orders", null, null, "models/staging/app_db"),
    item("customers", null, null, "models/staging/app_db"),
  ]);
  expect(tiers).toHaveLength(1);
  expect(tiers[0]?.tier).toBe("other");
});

test("an empty page has no groups", () => {
  expect(groupNodeList([])).toEqual([]);
});
