import { describe, expect, test } from "vitest";
import { parseNodeDetails } from "@/lib/artifacts/details/parse";
import type { NodeRecord } from "@/lib/artifacts/types";
import { buildSnapshot } from "@/lib/mesh/snapshot";
import { makeArtifacts, makeNode } from "@/tests/nodes";
import { NOW } from "@/tests/score-facts";
import { buildDefaultPolicy } from "./policy-defaults";
import { parsePolicy } from "./policy-parse";
import { prepareProjectScores, scoreProject } from "./score-project";
import type { ProductScore } from "./types";

/*
 * The shop project:
 *
 *   source raw.orders ─┐
 *                      ├─► stg_orders ─► orders (public) ─┬─► revenue
 *   seed countries ────┘       │             │            └─► exposure weekly
 *                       unique/not_null   unique/not_null
 *                        (pass, fail)      (pass, pass)
 *
 *   flagged (protected, meta.data_product)     dbt_utils' model (public, installed package)
 */
function makeDataTest(
  name: string,
  attached: string,
  testName: string,
  column: string,
): NodeRecord {
  return makeNode(`test.shop.${name}`, {
    resourceType: "test",
    name,
    dependsOn: [attached],
    test: {
      attachedUniqueId: attached,
      columnName: column,
      testName,
      testNamespace: null,
      kwargs: {},
      severity: "error",
    },
  });
}

const NODES: NodeRecord[] = [
  makeNode("source.shop.raw.orders", {
    resourceType: "source",
    name: "orders",
    description: "Orders as the app writes them.",
    details: parseNodeDetails("source", {
      source_name: "raw",
      freshness: { warn_after: { count: 12, period: "hour" } },
    }),
  }),
  makeNode("seed.shop.countries", { resourceType: "seed" }),
  makeNode("model.shop.stg_orders", {
    dependsOn: ["source.shop.raw.orders", "seed.shop.countries"],
  }),
  makeNode("model.shop.orders", {
    access: "public",
    description: "One row per order placed on the web shop, with its totals.",
    dependsOn: ["model.shop.stg_orders"],
    columns: [
      {
        name: "order_id",
        description: "The order.",
        dataType: "int",
        constraints: [],
        tags: [],
        meta: {},
      },
    ],
  }),
  makeNode("model.shop.revenue", {
    access: "protected",
    dependsOn: ["model.shop.orders"],
  }),
  makeNode("exposure.shop.weekly", {
    resourceType: "exposure",
    name: "weekly",
    dependsOn: ["model.shop.orders"],
  }),
  makeNode("model.shop.flagged", {
    access: "protected",
    meta: { data_product: true },
    path: "legacy/flagged.sql",
    originalFilePath: "models/legacy/flagged.sql",
  }),
  makeNode("model.dbt_utils.helper", {
    access: "public",
    path: "helper.sql",
    originalFilePath: "models/helper.sql",
  }),
  makeDataTest("unique_stg_orders_id", "model.shop.stg_orders", "unique", "id"),
  makeDataTest(
    "not_null_stg_orders_id",
    "model.shop.stg_orders",
    "not_null",
    "id",
  ),
  makeDataTest(
    "unique_orders_order_id",
    "model.shop.orders",
    "unique",
    "order_id",
  ),
  makeDataTest(
    "not_null_orders_order_id",
    "model.shop.orders",
    "not_null",
    "order_id",
  ),
];

const runResult = (uniqueId: string, status: string) => ({
  uniqueId,
  status,
  executionTime: 1,
  failures: status === "fail" ? 2 : 0,
  message: null,
  completedAt: NOW.toISOString(),
  rowsAffected: null,
});

const SNAPSHOT = buildSnapshot(
  "shop",
  makeArtifacts("shop", NODES, {
    runResults: {
      generatedAt: null,
      invocationId: null,
      command: "build",
      results: [
        runResult("test.shop.unique_stg_orders_id", "pass"),
        runResult("test.shop.not_null_stg_orders_id", "fail"),
        runResult("test.shop.unique_orders_order_id", "pass"),
        runResult("test.shop.not_null_orders_order_id", "pass"),
      ],
    },
  }),
);

function ruleOf(score: ProductScore | undefined, id: string) {
  return score?.rules.find((r) => r.id === id);
}

describe("scoreProject on a hand-made project", () => {
  const { products } = scoreProject(SNAPSHOT, buildDefaultPolicy(), null, {
    now: NOW,
  });
  const orders = products.find((p) => p.uniqueId === "model.shop.orders");

  test("products are public models and meta-flagged ones of the project's own package", () => {
    expect(products.map((p) => p.uniqueId).sort()).toEqual([
      "model.shop.flagged",
      "model.shop.orders",
    ]);
  });

  test("upstream is walked through local edges: tests and sources of every ancestor", () => {
    expect(ruleOf(orders, "upstream-tests-passing")?.evidence).toBe(
      "1 of 2 upstream tests not passing: not_null_stg_orders_id (fail)",
    );
    expect(ruleOf(orders, "freshness-sla-defined")?.evidence).toBe(
      "freshness defined on 1 of 1 upstream source: raw.orders (warn after 12 hours)",
    );
    expect(ruleOf(orders, "primary-key-tested")?.evidence).toBe(
      "unique and not_null tests on order_id",
    );
  });

  test("local models and exposures are consumers; other projects unknown offline", () => {
    expect(ruleOf(orders, "in-use")?.evidence).toBe(
      "used by 1 exposure: weekly; 1 local consumer: revenue",
    );
    expect(
      ruleOf(
        products.find((p) => p.uniqueId === "model.shop.flagged"),
        "in-use",
      )?.status,
    ).toBe("not_applicable");
  });

  test("an analysis that refs a product uses it, as on the product's page", () => {
    const snapshot = buildSnapshot(
      "shop",
      makeArtifacts("shop", [
        makeNode("model.shop.orders", { access: "public" }),
        makeNode("analysis.shop.cohorts", {
          resourceType: "analysis",
          name: "cohorts",
          dependsOn: ["model.shop.orders"],
        }),
      ]),
    );
    const [product] = scoreProject(snapshot, buildDefaultPolicy(), null, {
      now: NOW,
    }).products;
    expect(ruleOf(product, "in-use")?.evidence).toBe(
      "used by 1 local consumer: cohorts (analysis)",
    );
  });

  test("refs from other projects are counted when known", () => {
    const prepared = prepareProjectScores(SNAPSHOT, buildDefaultPolicy(), {
      now: NOW,
    });
    const refs = new Map([
      [
        "model.shop.flagged",
        [
          {
            project: "finance",
            uniqueId: "model.finance.x",
            name: "x",
            resourceType: "model",
          },
        ],
      ],
    ]);
    const flagged = prepared
      .score(refs)
      .find((s) => s.score.uniqueId === "model.shop.flagged");
    expect(ruleOf(flagged?.score, "in-use")?.evidence).toBe(
      "used by models in finance: x",
    );
    expect(ruleOf(flagged?.score, "public-access")?.status).toBe("fail");
  });

  test("a policy can narrow products to folders and drop the meta flag", () => {
    const policy = parsePolicy(
      "products:\n  meta_flag: null\n  paths: [models/legacy]\n",
      "policy.yml",
    );
    expect(scoreProject(SNAPSHOT, policy, null, { now: NOW }).products).toEqual(
      [],
    );
    const flagOnly = parsePolicy(
      "products:\n  paths: [models/legacy/]\n",
      "policy.yml",
    );
    expect(
      scoreProject(SNAPSHOT, flagOnly, null, { now: NOW }).products.map(
        (p) => p.name,
      ),
    ).toEqual(["flagged"]);
  });
});
