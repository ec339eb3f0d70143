import { describe, expect, test } from "vitest";
import type { RefTarget } from "../spec";
import { compileSql, parseSql } from "./jinja";
import type { RelationEntry, Resolver } from "./resolve";

function entry(name: string, relationName: string | null): RelationEntry {
  return {
    resourceType: "model",
    project: "shop",
    name,
    uniqueId: `model.shop.${name}`,
    version: null,
    latestVersion: null,
    database: "analytics",
    schema: "shop",
    alias: name,
    relationName,
    access: "protected",
    group: null,
  };
}

const RESOLVER: Resolver = {
  ref: (target: RefTarget) =>
    target.name === "int_lines"
      ? entry("int_lines", null)
      : entry(target.name, `analytics.shop.${target.name}`),
  source: (source, table) => ({
    uniqueId: `source.shop.${source}.${table}`,
    relationName: `raw.${source}.${table}`,
  }),
};

describe("parseSql", () => {
  test.each([
    [
      "a one-argument ref",
      "select * from {{ ref('orders') }}",
      [{ name: "orders" }],
    ],
    [
      "a two-argument ref",
      "{{ ref('platform', 'dim_customers') }}",
      [{ project: "platform", name: "dim_customers" }],
    ],
    [
      "a pinned version",
      "{{ ref('platform', 'dim_customers', v=1) }}",
      [{ project: "platform", name: "dim_customers", version: 1 }],
    ],
    [
      "version= spelling",
      "{{ ref('dim_customers', version=2) }}",
      [{ name: "dim_customers", version: 2 }],
    ],
    ["each ref once", "{{ ref('a') }} join {{ ref('a') }}", [{ name: "a" }]],
  ])("finds %s", (_label, sql, refs) => {
    expect(parseSql(sql, "shop").refs).toEqual(refs);
  });

  test("finds sources and the macros the code calls", () => {
    const parsed = parseSql(
      "select {{ cents_to_dollars('x') }} from {{ source('app', 'orders') }} {% if is_incremental() %}{% endif %}",
      "shop",
    );
    expect(parsed.sources).toEqual([["app", "orders"]]);
    expect(parsed.macros).toEqual([
      "macro.dbt.is_incremental",
      "macro.shop.cents_to_dollars",
    ]);
  });
});

describe("compileSql", () => {
  const compile = (sql: string) =>
    compileSql(sql, {
      resolver: RESOLVER,
      thisRelation: "analytics.shop.me",
      compileEphemeral: () => "select 1 as id",
    });

  test("renders refs, sources, this and the incremental branch", () => {
    const { code } = compile(
      "{{ config(materialized='incremental') }}\nselect * from {{ ref('orders') }} join {{ source('app', 'items') }}\n{% if is_incremental() %}where t > (select max(t) from {{ this }}){% endif %}",
    );
    expect(code).toBe(
      "select * from analytics.shop.orders join raw.app.items\nwhere t > (select max(t) from analytics.shop.me)",
    );
  });

  test("injects an ephemeral model as a CTE, merging into a leading with", () => {
    const { code, ctes } = compile(
      "with a as (select * from {{ ref('int_lines') }})\nselect * from a",
    );
    expect(ctes).toEqual([
      {
        id: "model.shop.int_lines",
        sql: " __dbt__cte__int_lines as (\nselect 1 as id\n)",
      },
    ]);
    expect(code).toBe(
      "with __dbt__cte__int_lines as (\nselect 1 as id\n), a as (select * from __dbt__cte__int_lines)\nselect * from a",
    );
  });

  test("refuses Jinja it cannot render", () => {
    expect(() => compile("select {{ var('x') }}")).toThrow(/unknown macro var/);
  });
});
