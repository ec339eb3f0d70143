import { describe, expect, test } from "vitest";
import { parseArtifactSet, type ArtifactInputs } from "@/lib/artifacts/parse";
import { resolveProjectName } from "@/lib/mesh/project-identity";
import { buildSnapshot } from "@/lib/mesh/snapshot";
import { DEFAULT_NOW, generateSampleMesh, toDbtJson } from "@/lib/sample";
import { readFixtureDir } from "@/tests/fixtures";
import { NOW } from "@/tests/score-facts";
import { buildDefaultPolicy } from "./policy-defaults";
import { parsePolicy } from "./policy-parse";
import type { Policy } from "./policy-types";
import { scoreProject } from "./score-project";
import type { ProductScore } from "./types";

function scoreInputs(inputs: ArtifactInputs, policy: Policy, now = NOW) {
  const artifacts = parseArtifactSet(inputs);
  const snapshot = buildSnapshot(
    resolveProjectName(artifacts.manifest, undefined),
    artifacts,
  );
  const byId = new Map(
    scoreProject(snapshot, policy, null, { now }).products.map((p) => [
      p.uniqueId,
      p,
    ]),
  );
  return {
    ids: [...byId.keys()].sort(),
    rule: (uniqueId: string, ruleId: string) => {
      const product = byId.get(uniqueId);
      const rule = product?.rules.find((r) => r.id === ruleId);
      return rule && { status: rule.status, evidence: rule.evidence };
    },
    product: (uniqueId: string): ProductScore | undefined => byId.get(uniqueId),
  };
}

const scoreFixture = (dir: string, policy = buildDefaultPolicy()) =>
  scoreInputs(readFixtureDir(dir), policy);

describe("c24-workshops-sales: groups, contracts, versions", () => {
  const c24 = scoreFixture("c24-workshops-sales");
  const dim = (v: number) => `model.acme_sales.dim_customers.v${v}`;

  test.each([
    [
      dim(2),
      "has-owner",
      "pass",
      "group sales is owned by Sales Team <sales@acme.co>",
    ],
    [
      dim(2),
      "contract-enforced",
      "pass",
      "contract enforced on 12 typed columns",
    ],
    [
      dim(2),
      "primary-key-tested",
      "pass",
      "unique and not_null tests on customer_key",
    ],
    [
      dim(2),
      "versions-hygiene",
      "pass",
      "v2 is latest; 1 of 1 older version deprecated",
    ],
    [
      dim(1),
      "versions-hygiene",
      "fail",
      "v1 passed its deprecation date 2023-10-31 and is still published (latest is v2)",
    ],
    [
      dim(2),
      "freshness-sla-met",
      "fail",
      "not checked: no freshness result for tpch.customer, tpch.orders, tpch.region and 1 more (no sources.json)",
    ],
    [
      "model.acme_sales.ad_spend_per_adv.v1",
      "columns-documented",
      "fail",
      "3 of 3 columns undocumented: advertiser_id, total_ad_spend, advertiser_count",
    ],
    [
      "model.acme_sales.ad_spend_per_adv.v1",
      "versions-hygiene",
      "fail",
      "v1 is the latest version but was deprecated on 2023-10-31",
    ],
    [
      "model.acme_sales.ad_spend_per_adv.v2",
      "versions-hygiene",
      "pass",
      "v2 is a prerelease; latest is v1",
    ],
  ])("%s %s: %s", (id, ruleId, status, evidence) => {
    expect(c24.rule(id, ruleId)).toEqual({ status, evidence });
  });

  test("public models are the products; a short description keeps dim_customers below bronze", () => {
    expect(c24.ids).toEqual([
      "model.acme_sales.ad_spend_per_adv.v1",
      "model.acme_sales.ad_spend_per_adv.v2",
      dim(1),
      dim(2),
    ]);
    expect(c24.product(dim(2))).toMatchObject({
      level: null,
      nextLevel: { level: "bronze", missing: [{ id: "has-description" }] },
    });
  });
});

describe("dbt-bouncer/dbt_112: contracts, constraints, grants, exposures", () => {
  const bouncer = scoreFixture("dbt-bouncer/dbt_112");
  const customers = (v: number) =>
    `model.dbt_bouncer_test_project.customers.v${v}`;
  const orders = "model.dbt_bouncer_test_project.orders";

  test.each([
    [
      orders,
      "primary-key-tested",
      "pass",
      "primary_key constraint on (order_id_pk)",
    ],
    [orders, "grants-defined", "pass", "select: reporter; write: operations"],
    [
      orders,
      "tests-passing",
      "fail",
      "1 of 11 tests without a result in the latest run: test_amount_logic",
    ],
    [
      orders,
      "upstream-tests-passing",
      "pass",
      "6 of 6 upstream tests pass (on 2 of 4 upstream nodes)",
    ],
    [
      orders,
      "in-use",
      "pass",
      "used by 1 exposure: pulse_queries; 1 local consumer: orders (semantic model)",
    ],
    [
      orders,
      "has-owner",
      "fail",
      "no group, and no meta key (owner, owners, team, maintainer) names an owner",
    ],
    [
      customers(3),
      "versions-hygiene",
      "fail",
      "older v2, v1 have no deprecation_date",
    ],
    [
      customers(1),
      "versions-hygiene",
      "fail",
      "v1 is older than the latest v3 but has no deprecation_date",
    ],
    [
      customers(3),
      "in-use",
      "pass",
      "used by 2 exposures: customers, pulse_queries",
    ],
    [
      customers(3),
      "metadata-keys",
      "fail",
      "meta lacks owner, domain (it has maturity)",
    ],
  ])("%s %s: %s", (id, ruleId, status, evidence) => {
    expect(bouncer.rule(id, ruleId)).toEqual({ status, evidence });
  });

  test("installed packages' public models are not this project's products", () => {
    expect(bouncer.ids).toEqual([
      customers(1),
      customers(2),
      customers(3),
      orders,
    ]);
  });
});

describe("dbt-core/defer_state: constraints, grants, a future deprecation, no results", () => {
  const state = scoreFixture("dbt-core/defer_state/data");
  const id = "model.test.model_with_lots_of_schema_configs";

  test.each([
    ["primary-key-tested", "pass", "primary_key constraint on (id)"],
    ["grants-defined", "pass", "select: root"],
    ["versions-hygiene", "pass", "deprecation announced for 2052-05-01"],
    [
      "tests-passing",
      "fail",
      "3 tests, none with a result: no run_results.json",
    ],
    [
      "contract-enforced",
      "fail",
      "no enforced contract: its shape can change under consumers",
    ],
    [
      "freshness-sla-defined",
      "pass",
      "freshness defined on 1 of 1 upstream source: my_source.my_table (warn after 1 minute, error after 2 hours)",
    ],
  ])("%s: %s", (ruleId, status, evidence) => {
    expect(state.rule(id, ruleId)).toEqual({ status, evidence });
  });
});

describe("dbterd/model-contract: no public models, so products by folder", () => {
  test("the default policy finds no product", () => {
    expect(scoreFixture("dbterd/model-contract").ids).toEqual([]);
  });

  const marts = scoreFixture(
    "dbterd/model-contract",
    parsePolicy(
      "products:\n  access: [protected, public]\n  paths: [models/marts]\n",
      "policy.yml",
    ),
  );

  test("protected models under models/marts are products", () => {
    expect(marts.ids).toHaveLength(9);
    expect(marts.ids).not.toContain("model.jaffle_shop.stg_orders");
  });

  test.each([
    [
      "model.jaffle_shop.dim_customer_segment",
      "primary-key-tested",
      "pass",
      "primary_key constraint on (customer_id, segment_code)",
    ],
    [
      "model.jaffle_shop.dim_customer_segment",
      "public-access",
      "fail",
      "access: protected; other projects cannot ref it",
    ],
    [
      "model.jaffle_shop.customers",
      "primary-key-tested",
      "pass",
      "unique and not_null tests on customer_id",
    ],
    [
      "model.jaffle_shop.supplies",
      "columns-documented",
      "fail",
      "6 of 6 columns undocumented: SUPPLY_UUID, SUPPLY_ID, PRODUCT_ID, SUPPLY_NAME, SUPPLY_COST and 1 more",
    ],
    [
      "model.jaffle_shop.products",
      "freshness-sla-defined",
      "fail",
      "1 of 1 upstream source defines no freshness (ecom.raw_products), and the model declares no SLA",
    ],
  ])("%s %s: %s", (id, ruleId, status, evidence) => {
    expect(marts.rule(id, ruleId)).toEqual({ status, evidence });
  });
});

describe("the sample mesh", () => {
  const KEYS = {
    manifest: "manifest",
    catalog: "catalog",
    run_results: "runResults",
    sources: "sources",
    semantic_manifest: "semanticManifest",
  } as const;
  const projects = [...generateSampleMesh({ now: DEFAULT_NOW })].map(
    (project) => {
      const inputs: ArtifactInputs = {};
      for (const [kind, key] of Object.entries(KEYS) as [
        keyof typeof KEYS,
        (typeof KEYS)[keyof typeof KEYS],
      ][]) {
        const content = project.files[key];
        if (content)
          inputs[kind] = {
            file: `${project.name}/${kind}.json`,
            bytes: Buffer.from(toDbtJson(content)),
          };
      }
      return scoreInputs(inputs, buildDefaultPolicy(), DEFAULT_NOW);
    },
  );
  const [platform, finance] = projects;

  test("every project publishes products, and each one is scored", () => {
    expect(projects.map((p) => p.ids.length)).toEqual([5, 3, 5, 3, 2]);
  });

  test.each([
    [
      "model.platform.dim_customers.v2",
      "freshness-sla-defined",
      "pass",
      "meta.sla: daily by 06:00 UTC",
    ],
    [
      "model.platform.dim_customers.v2",
      "grants-defined",
      "pass",
      "select: reporter, finance_analyst, marketing_analyst",
    ],
    [
      "model.platform.dim_customers.v2",
      "in-use",
      "pass",
      "used by 1 exposure: customer_360; 3 local consumers: fct_orders, customer_ltv, customers (semantic model)",
    ],
    [
      "model.platform.fct_orders",
      "freshness-sla-met",
      "fail",
      "late: app_db.order_items (warn)",
    ],
  ])("%s %s: %s", (id, ruleId, status, evidence) => {
    expect(platform?.rule(id, ruleId)).toEqual({ status, evidence });
  });

  test("a failing source freshness check is late", () => {
    expect(
      finance?.rule("model.finance.fct_payments", "freshness-sla-met"),
    ).toEqual({ status: "fail", evidence: "late: stripe.refunds (error)" });
  });
});
