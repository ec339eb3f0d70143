import { describe, expect, test } from "vitest";
import { drawGraph, keyOf } from "./fixture-graph";
import { analyzeImpact } from "./impact";
import { formatImpactCsv, escapeCsvField } from "./impact-csv";
import type { Owner } from "./owner";
import { DEFAULT_TYPE_FILTER, toTypeFilter } from "./type-filter";

/*
 *   platform.dim_customers ──► platform.fct_orders ──► finance.fct_revenue ──► exposure:finance.board
 *            │                        │                      ▲
 *            │                        └──────────────────────┘ (a longer path to fct_revenue)
 *            ├──► finance.fct_invoices ──► finance.fct_revenue
 *            ├──► test:platform.unique_dim_customers
 *            └──► marketing.segments ──► exposure:marketing.sync
 */
const MESH = drawGraph([
  "platform.dim_customers -> platform.fct_orders",
  "platform.dim_customers -> finance.fct_invoices",
  "platform.dim_customers -> test:platform.unique_dim_customers",
  "platform.dim_customers -> marketing.segments",
  "platform.fct_orders -> finance.fct_revenue",
  "finance.fct_invoices -> finance.fct_revenue",
  "finance.fct_revenue -> exposure:finance.board",
  "marketing.segments -> exposure:marketing.sync",
  "platform.upstream_only -> platform.dim_customers",
]);

const FINANCE: Owner = { name: "Finance", email: "fin@example.com" };
const BI: Owner = { name: "BI", email: "bi@example.com" };
const OWNERS = new Map<string, Owner>([
  [keyOf("finance.fct_invoices"), FINANCE],
  [keyOf("finance.fct_revenue"), FINANCE],
  [keyOf("exposure:finance.board"), BI],
]);

const analyze = (filter = DEFAULT_TYPE_FILTER) =>
  analyzeImpact(MESH, keyOf("platform.dim_customers"), {
    filter,
    owners: OWNERS,
  });

describe("analyzeImpact", () => {
  test("lists everything downstream in every project, tests left out, nothing upstream", () => {
    const report = analyze();
    expect(report).toMatchObject({ total: 6, exposures: 2 });
    expect(report.projects.map((p) => [p.project, p.count])).toEqual([
      ["platform", 1],
      ["finance", 3],
      ["marketing", 2],
    ]);
  });

  test("groups a project's nodes by owner, unowned last", () => {
    const finance = analyze().projects.find((p) => p.project === "finance");
    expect(
      finance?.owners.map((g) => [
        g.owner?.name ?? null,
        g.nodes.map((n) => n.name),
      ]),
    ).toEqual([
      ["BI", ["board"]],
      ["Finance", ["fct_invoices", "fct_revenue"]],
    ]);
  });

  test.each([
    {
      node: "finance.fct_revenue",
      path: [
        "platform.dim_customers",
        "platform.fct_orders",
        "finance.fct_revenue",
      ],
    },
    {
      node: "exposure:marketing.sync",
      path: [
        "platform.dim_customers",
        "marketing.segments",
        "exposure:marketing.sync",
      ],
    },
    {
      node: "platform.fct_orders",
      path: ["platform.dim_customers", "platform.fct_orders"],
    },
  ])("one shortest path leads to $node", ({ node, path }) => {
    const all = analyze().projects.flatMap((p) =>
      p.owners.flatMap((g) => g.nodes),
    );
    const found = all.find((n) => n.key === keyOf(node));
    expect(found?.path).toEqual(path.map(keyOf));
    expect(found?.depth).toBe(path.length - 1);
  });

  test("a filter to exposures still walks through the models in between", () => {
    const report = analyze(toTypeFilter(["exposure"]));
    expect(report.total).toBe(2);
    expect(report.projects.map((p) => p.project)).toEqual([
      "finance",
      "marketing",
    ]);
  });

  test("a node-level cycle does not hang the walk", () => {
    const cycle = drawGraph(["a.x -> b.y", "b.y -> a.x"]);
    const report = analyzeImpact(cycle, keyOf("a.x"), {
      filter: DEFAULT_TYPE_FILTER,
      owners: new Map(),
    });
    expect(report.total).toBe(1);
  });
});

describe("formatImpactCsv", () => {
  test("one row per node, header first, CRLF line ends", () => {
    const csv = formatImpactCsv(analyze());
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe(
      "project,owner_name,owner_email,unique_id,name,resource_type,access,version,hops,path",
    );
    expect(lines).toHaveLength(1 + 6 + 1);
    expect(lines.at(-1)).toBe("");
    expect(lines).toContain(
      "finance,Finance,fin@example.com,model.finance.fct_revenue,fct_revenue,model,,,2," +
        "platform:model.platform.dim_customers > platform:model.platform.fct_orders > finance:model.finance.fct_revenue",
    );
  });

  test.each([
    { value: "plain", expected: "plain" },
    { value: "a,b", expected: '"a,b"' },
    { value: 'say "hi"', expected: '"say ""hi"""' },
    { value: "two\nlines", expected: '"two\nlines"' },
    { value: "=HYPERLINK(1)", expected: "'=HYPERLINK(1)" },
    { value: "-1+1,x", expected: `"'-1+1,x"` },
    { value: "@team", expected: "'@team" },
    { value: "", expected: "" },
  ])("escapes $value", ({ value, expected }) => {
    expect(escapeCsvField(value)).toBe(expected);
  });
});
