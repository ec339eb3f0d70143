import { describe, expect, test } from "vitest";
import { makeArtifacts, makeInjected, makeNode } from "@/tests/nodes";
import { buildSnapshot } from "./snapshot";

/*
 *   project "finance"                       project "platform" (another ingest)
 *
 *   stg_payments ──► fct_revenue ◄───────── [dim_customers v2]   injected, unpinned ref
 *                        ▲
 *                        └───────────────── [dim_customers v1]   injected, pinned v=1
 *   customer_ltv ◄────────────────────────── (model.data_science.churn)   not in the manifest at all
 *   dbt_utils.date_spine ──► fct_revenue                                    an installed package node
 *   fct_revenue ◄── (model.finance.disabled_one)                            missing local parent
 */
const nodes = [
  makeNode("model.finance.stg_payments"),
  makeNode("model.dbt_utils.date_spine"),
  makeNode("model.finance.fct_revenue", {
    dependsOn: [
      "model.finance.stg_payments",
      "model.platform.dim_customers.v2",
      "model.platform.dim_customers.v1",
      "model.dbt_utils.date_spine",
      "model.finance.disabled_one",
    ],
    refs: [
      { name: "stg_payments", package: null, version: null },
      { name: "dim_customers", package: "platform", version: null },
      { name: "dim_customers", package: "platform", version: "1" },
    ],
  }),
  makeNode("model.finance.customer_ltv", {
    dependsOn: ["model.data_science.churn"],
    refs: [{ name: "churn", package: "data_science", version: null }],
  }),
  makeInjected("model.platform.dim_customers.v2", {
    name: "dim_customers",
    version: "2",
    latestVersion: "2",
  }),
  makeInjected("model.platform.dim_customers.v1", {
    name: "dim_customers",
    version: "1",
    latestVersion: "2",
  }),
];

describe("buildSnapshot", () => {
  const snapshot = buildSnapshot("finance", makeArtifacts("finance", nodes));
  const edgeTo = (parent: string) =>
    snapshot.edges.find((e) => e.parentUniqueId === parent);

  test("stores the project's own and installed packages' nodes, never injected copies", () => {
    expect(snapshot.nodes.map((n) => n.uniqueId).sort()).toEqual([
      "model.dbt_utils.date_spine",
      "model.finance.customer_ltv",
      "model.finance.fct_revenue",
      "model.finance.stg_payments",
    ]);
    expect(snapshot.packages).toEqual([{ name: "dbt_utils", nodeCount: 1 }]);
    expect(snapshot.counts).toEqual({ model: 4 });
  });

  test.each([
    {
      parent: "model.finance.stg_payments",
      expected: {
        parentProject: "finance",
        isCrossProject: false,
        isLocal: true,
      },
    },
    {
      parent: "model.dbt_utils.date_spine",
      expected: {
        parentProject: "finance",
        isCrossProject: false,
        isLocal: true,
      },
    },
    {
      parent: "model.platform.dim_customers.v2",
      expected: {
        parentProject: "platform",
        parentName: "dim_customers",
        parentVersion: null,
        isCrossProject: true,
        isLocal: false,
      },
    },
    {
      parent: "model.platform.dim_customers.v1",
      expected: {
        parentProject: "platform",
        parentName: "dim_customers",
        parentVersion: "1",
        isCrossProject: true,
        isLocal: false,
      },
    },
    {
      parent: "model.data_science.churn",
      expected: {
        parentProject: "data_science",
        parentName: "churn",
        isCrossProject: true,
        isLocal: false,
      },
    },
    {
      parent: "model.finance.disabled_one",
      expected: {
        parentProject: "finance",
        isCrossProject: false,
        isLocal: false,
      },
    },
  ])("the edge to $parent", ({ parent, expected }) => {
    expect(edgeTo(parent)).toMatchObject(expected);
  });

  test("merges warehouse columns into declared ones, case-insensitively, warehouse-only columns last", () => {
    const model = makeNode("model.finance.fct_revenue", {
      columns: [
        {
          name: "revenue_id",
          description: "Key",
          dataType: "int",
          constraints: [],
          tags: [],
          meta: {},
        },
        {
          name: "amount",
          description: "",
          dataType: null,
          constraints: [],
          tags: [],
          meta: {},
        },
      ],
    });
    const catalog = {
      generatedAt: null,
      invocationId: null,
      errors: [],
      nodes: [
        {
          uniqueId: "model.finance.fct_revenue",
          tableType: "BASE TABLE",
          tableOwner: null,
          comment: null,
          rowCount: 10,
          bytes: 2048,
          stats: {},
          columns: [
            { name: "AMOUNT", type: "NUMBER(38,2)", index: 2, comment: null },
            { name: "REVENUE_ID", type: "NUMBER", index: 1, comment: null },
            {
              name: "LOADED_AT",
              type: "TIMESTAMP_NTZ",
              index: 3,
              comment: "load time",
            },
          ],
        },
      ],
    };
    const merged = buildSnapshot(
      "finance",
      makeArtifacts("finance", [model], { catalog }),
    );
    expect(
      merged.nodes[0]?.columns.map((c, position) => [
        c.name,
        c.dataType,
        c.catalogType,
        position,
      ]),
    ).toEqual([
      ["revenue_id", "int", "NUMBER", 0],
      ["amount", null, "NUMBER(38,2)", 1],
      ["LOADED_AT", null, "TIMESTAMP_NTZ", 2],
    ]);
    const undescribed = makeNode("model.finance.stg_payments");
    const kept = buildSnapshot(
      "finance",
      makeArtifacts("finance", [undescribed], { catalog }),
    );
    expect(kept.nodes[0]).toBe(undescribed);
    expect(merged.catalog).toEqual([
      expect.objectContaining({ rowCount: 10, bytes: 2048 }),
    ]);
  });

  test("keeps the last result of a node run twice and warns about results for unknown nodes", () => {
    const result = (uniqueId: string, status: string) => ({
      uniqueId,
      status,
      executionTime: 1,
      failures: null,
      message: null,
      completedAt: null,
      rowsAffected: null,
    });
    const runResults = {
      generatedAt: null,
      invocationId: null,
      command: "build",
      results: [
        result("model.finance.stg_payments", "error"),
        result("model.finance.stg_payments", "success"),
        result("model.gone.x", "success"),
      ],
    };
    const built = buildSnapshot(
      "finance",
      makeArtifacts("finance", nodes, { runResults }),
    );
    expect(built.runResults).toEqual([
      expect.objectContaining({
        uniqueId: "model.finance.stg_payments",
        status: "success",
      }),
    ]);
    expect(built.warnings).toContain(
      "run_results.json: 1 result(s) for nodes not in the manifest were ignored",
    );
  });
});
