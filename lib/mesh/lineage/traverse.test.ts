import { describe, expect, test } from "vitest";
import { drawGraph, keyOf } from "./fixture-graph";
import { selectLineage, walkLineage } from "./traverse";
import { DEFAULT_TYPE_FILTER, toTypeFilter } from "./type-filter";

/*
 * platform and finance depend on each other; marketing on both; marketing
 * also refs a data_science model that was never ingested.
 *
 *  source:platform.raw.orders
 *            │
 *   platform.stg_orders ──► platform.fct_orders ──► finance.fct_invoices ──► exposure:finance.board_pack
 *                             │     │                     │
 *                             │     └──► test:platform.unique_fct_orders
 *                             ▼                           ▼
 *                          platform.customer_ltv ◄────────┘
 *                             │
 *                             ▼
 *   ?data_science.churn ──► marketing.segments ──► exposure:marketing.audience_sync
 */
const MESH = drawGraph([
  "source:platform.raw.orders -> platform.stg_orders",
  "platform.stg_orders -> platform.fct_orders",
  "platform.fct_orders -> finance.fct_invoices",
  "platform.fct_orders -> test:platform.unique_fct_orders",
  "platform.fct_orders -> platform.customer_ltv",
  "finance.fct_invoices -> platform.customer_ltv",
  "finance.fct_invoices -> exposure:finance.board_pack",
  "platform.customer_ltv -> marketing.segments",
  "?data_science.churn -> marketing.segments",
  "marketing.segments -> exposure:marketing.audience_sync",
]);

const depthsOf = (
  focus: string,
  options: Partial<Parameters<typeof walkLineage>[2]> = {},
) =>
  Object.fromEntries(
    walkLineage(MESH, keyOf(focus), {
      up: 2,
      down: 2,
      filter: DEFAULT_TYPE_FILTER,
      ...options,
    }).depths,
  );

describe("walkLineage", () => {
  test.each([
    {
      name: "one hop each way",
      focus: "platform.fct_orders",
      up: 1,
      down: 1,
      expected: {
        "platform.fct_orders": 0,
        "platform.stg_orders": -1,
        "finance.fct_invoices": 1,
        "platform.customer_ltv": 1,
      },
    },
    {
      name: "two hops reach the source and cross into finance and back",
      focus: "platform.fct_orders",
      up: 2,
      down: 2,
      expected: {
        "platform.fct_orders": 0,
        "platform.stg_orders": -1,
        "source:platform.raw.orders": -2,
        "finance.fct_invoices": 1,
        "platform.customer_ltv": 1,
        "exposure:finance.board_pack": 2,
        "marketing.segments": 2,
      },
    },
    {
      name: "full lineage ends at the exposures",
      focus: "platform.stg_orders",
      up: 0,
      down: Infinity,
      expected: {
        "platform.stg_orders": 0,
        "platform.fct_orders": 1,
        "finance.fct_invoices": 2,
        "platform.customer_ltv": 2,
        "exposure:finance.board_pack": 3,
        "marketing.segments": 3,
        "exposure:marketing.audience_sync": 4,
      },
    },
    {
      name: "an unresolved ref is an upstream node like any other",
      focus: "marketing.segments",
      up: 1,
      down: 0,
      expected: {
        "marketing.segments": 0,
        "platform.customer_ltv": -1,
        "?data_science.churn": -1,
      },
    },
    {
      name: "the shortest distance wins when paths differ in length",
      focus: "platform.customer_ltv",
      up: Infinity,
      down: 0,
      expected: {
        "platform.customer_ltv": 0,
        "platform.fct_orders": -1,
        "finance.fct_invoices": -1,
        "platform.stg_orders": -2,
        "source:platform.raw.orders": -3,
      },
    },
  ])("$name", ({ focus, up, down, expected }) => {
    const keyed = Object.fromEntries(
      Object.entries(expected).map(([spec, d]) => [keyOf(spec), d]),
    );
    expect(depthsOf(focus, { up, down })).toEqual(keyed);
  });

  test("tests are hidden by default and shown when asked for", () => {
    const test = keyOf("test:platform.unique_fct_orders");
    expect(depthsOf("platform.fct_orders")).not.toHaveProperty(test);
    expect(
      depthsOf("platform.fct_orders", {
        filter: toTypeFilter(["model", "test"]),
      }),
    ).toHaveProperty(test, 1);
  });

  test("a type filter does not walk through hidden types, but keeps the focus", () => {
    const depths = depthsOf("exposure:finance.board_pack", {
      up: Infinity,
      filter: toTypeFilter(["source"]),
    });
    expect(depths).toEqual({ [keyOf("exposure:finance.board_pack")]: 0 });
  });

  test("a node cap stops the walk and says so, nearest hops first on both sides", () => {
    const walk = walkLineage(MESH, keyOf("platform.fct_orders"), {
      up: Infinity,
      down: Infinity,
      filter: DEFAULT_TYPE_FILTER,
      maxNodes: 4,
    });
    expect(walk.isTruncated).toBe(true);
    expect([...walk.depths.values()].sort()).toEqual([-1, 0, 1, 1]);
  });

  test("an unknown focus has no lineage", () => {
    expect(
      walkLineage(MESH, "nowhere:model.x.y", {
        up: 2,
        down: 2,
        filter: DEFAULT_TYPE_FILTER,
      }).depths.size,
    ).toBe(0);
  });
});

/*
 * A cycle between nodes should never be stored, but must not hang the walk:
 *
 *   a.one ──► b.two ──► a.three ──► a.one
 */
describe("cycles", () => {
  const CYCLE = drawGraph([
    "a.one -> b.two",
    "b.two -> a.three",
    "a.three -> a.one",
  ]);

  test.each([
    { up: Infinity, down: 0 },
    { up: 0, down: Infinity },
    { up: Infinity, down: Infinity },
  ])("full walk up=$up down=$down ends with each node once", ({ up, down }) => {
    const { depths } = walkLineage(CYCLE, keyOf("a.one"), {
      up,
      down,
      filter: DEFAULT_TYPE_FILTER,
    });
    expect(depths.size).toBe(3);
  });
});

describe("selectLineage", () => {
  test("keeps every edge between selected nodes, including ones that skip the focus", () => {
    const view = selectLineage(MESH, keyOf("finance.fct_invoices"), {
      up: 1,
      down: 1,
      filter: DEFAULT_TYPE_FILTER,
    });
    const pairs = view.edges.map((e) => [e.parent, e.child]);
    expect(pairs).toContainEqual([
      keyOf("platform.fct_orders"),
      keyOf("platform.customer_ltv"),
    ]);
    const projectOf = (key: string) => key.split(":")[0];
    expect(
      view.edges.every(
        (e) =>
          e.isCrossProject === (projectOf(e.parent) !== projectOf(e.child)),
      ),
    ).toBe(true);
    expect(view.nodes.find((n) => n.key === view.focus)?.depth).toBe(0);
  });
});
