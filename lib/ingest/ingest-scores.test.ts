import { afterAll, beforeEach, describe, expect, test } from "vitest";
import { closeDb, getPool } from "@/lib/db/client";
import { getProductScore, getScoreHistory } from "@/lib/db/queries/scores";
import { parsePolicy } from "@/lib/score/policy-parse";
import { useTestDatabase } from "@/tests/db";
import { readFixtureDir } from "@/tests/fixtures";
import { ingest, jsonArtifact, TEST_LIMIT } from "@/tests/ingest";
import { loadFixtureJson } from "@/tests/fixture-files";
import { ingestProject } from "./ingest-project";
import { hashPolicy } from "./policy-source";

const C24 = "c24-workshops-sales";
const UPSTREAM = "astronomer-cosmos/cross_project_upstream";
const DOWNSTREAM = "astronomer-cosmos/cross_project_downstream";

async function countRows(table: string, project: string): Promise<number> {
  const result = await getPool().query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ${table} t JOIN projects p ON p.id = t.project_id WHERE p.name = $1`,
    [project],
  );
  return result.rows[0]?.n ?? 0;
}

async function inUseOf(project: string, uniqueId: string) {
  const score = await getProductScore(project, uniqueId);
  return score?.rules.find((r) => r.id === "in-use");
}

/**
 * The downstream manifest with its models' refs to upstream's stg_products
 * dropped, and one test of its own made to depend on it instead.
 */
function downstreamWithoutProducts() {
  const products = "model.upstream.stg_products";
  const manifest = loadFixtureJson(`${DOWNSTREAM}/manifest.json`) as {
    nodes: Record<
      string,
      { resource_type: string; depends_on: { nodes: string[] } }
    >;
  };
  for (const node of Object.values(manifest.nodes))
    node.depends_on.nodes = node.depends_on.nodes.filter((p) => p !== products);
  const test = Object.values(manifest.nodes).find(
    (n) => n.resource_type === "test",
  );
  test?.depends_on.nodes.push(products);
  return { manifest: jsonArtifact("manifest.json", manifest) };
}

describe("scores at ingest", () => {
  beforeEach(useTestDatabase);
  afterAll(closeDb);

  test("every data product is marked and scored in the ingest's transaction", async () => {
    const report = await ingest(readFixtureDir(C24));
    expect(report.dataProducts).toBe(4);
    const marked = await getPool().query<{ unique_id: string }>(
      "SELECT unique_id FROM nodes WHERE is_product ORDER BY unique_id",
    );
    expect(marked.rows.map((r) => r.unique_id)).toEqual([
      "model.acme_sales.ad_spend_per_adv.v1",
      "model.acme_sales.ad_spend_per_adv.v2",
      "model.acme_sales.dim_customers.v1",
      "model.acme_sales.dim_customers.v2",
    ]);
    const score = await getProductScore(
      "acme_sales",
      "model.acme_sales.dim_customers.v2",
    );
    expect(score).toMatchObject({
      name: "dim_customers",
      version: "2",
      owners: ["Sales Team", "sales@acme.co"],
      groupName: "sales",
      levels: [{ id: "bronze" }, { id: "silver" }, { id: "gold" }],
      policySource: "built-in defaults",
    });
    expect(
      score?.rules.find((r) => r.id === "primary-key-tested"),
    ).toMatchObject({
      status: "pass",
      evidence: "unique and not_null tests on customer_key",
    });
    // Its description is too short for bronze: that is all it lacks.
    expect(score?.level).toBeNull();
    expect(score?.nextLevel).toMatchObject({
      level: "bronze",
      missing: [{ id: "has-description" }],
    });
    expect(
      await getProductScore("acme_sales", "model.acme_sales.stg_ad_spend"),
    ).toBeNull();
  });

  test("history grows by one row per product per ingest; an unchanged ingest adds nothing", async () => {
    await ingest(readFixtureDir(C24));
    expect(await countRows("product_score_history", "acme_sales")).toBe(4);
    const again = await ingest(readFixtureDir(C24));
    expect(again.status).toBe("unchanged");
    expect(await countRows("product_score_history", "acme_sales")).toBe(4);
    const { run_results: _dropped, ...withoutResults } = readFixtureDir(C24);
    await ingest(withoutResults);
    expect(await countRows("product_score_history", "acme_sales")).toBe(8);
    expect(await countRows("product_scores", "acme_sales")).toBe(4);
    const history = await getScoreHistory(
      "acme_sales",
      "model.acme_sales.dim_customers.v2",
    );
    expect(history.map((h) => h.cause)).toEqual(["ingest", "ingest"]);
    // Without run_results.json the earlier results are carried over: the score holds.
    expect(history[1]?.score).toBe(history[0]?.score);
  });

  test("a changed policy re-scores the next upload, even of the same artifacts", async () => {
    const lenient = parsePolicy(
      "rules:\n  has-description:\n    min_length: 10\n",
      "lenient.yml",
    );
    const request = {
      artifacts: readFixtureDir(C24),
      origin: "cli" as const,
      maxArtifactBytes: TEST_LIMIT,
    };
    await ingestProject(request);
    const before = await getProductScore(
      "acme_sales",
      "model.acme_sales.dim_customers.v2",
    );
    expect(before?.rules.find((r) => r.id === "has-description")?.status).toBe(
      "fail",
    );
    const report = await ingestProject({
      ...request,
      policy: { policy: lenient, hash: hashPolicy(lenient) },
    });
    expect(report.status).toBe("ingested");
    const after = await getProductScore(
      "acme_sales",
      "model.acme_sales.dim_customers.v2",
    );
    expect(after?.rules.find((r) => r.id === "has-description")?.status).toBe(
      "pass",
    );
    expect(after?.policySource).toBe("lenient.yml");
  });

  test.each([
    ["producer first", [UPSTREAM, DOWNSTREAM]],
    ["consumer first", [DOWNSTREAM, UPSTREAM]],
  ])(
    "refs from another project make a product in use, %s",
    async (_order, dirs) => {
      for (const dir of dirs) await ingest(readFixtureDir(dir));
      expect(
        await inUseOf("upstream", "model.upstream.stg_products"),
      ).toMatchObject({
        status: "pass",
        evidence: "used by models in downstream: fct_revenue",
      });
      expect(
        await inUseOf("upstream", "model.upstream.int_customer_orders"),
      ).toMatchObject({
        status: "pass",
      });
    },
  );

  test("a consumer's ingest re-judges its producers, both when it adds refs and when it drops them (a test is no use)", async () => {
    await ingest(readFixtureDir(UPSTREAM));
    expect(
      await inUseOf("upstream", "model.upstream.stg_products"),
    ).toMatchObject({
      status: "fail",
      evidence:
        "no other project refs it and no exposure or local model uses it",
    });
    const added = await ingest(readFixtureDir(DOWNSTREAM));
    expect(added.rescoredProducers).toBeGreaterThan(0);
    expect(
      (await inUseOf("upstream", "model.upstream.stg_products"))?.status,
    ).toBe("pass");
    await ingest(downstreamWithoutProducts(), "downstream");
    expect(
      (await inUseOf("upstream", "model.upstream.stg_products"))?.status,
    ).toBe("fail");
    expect(
      (await inUseOf("upstream", "model.upstream.int_customer_orders"))?.status,
    ).toBe("pass");
    const history = await getScoreHistory(
      "upstream",
      "model.upstream.stg_products",
    );
    expect(history.map((h) => h.cause)).toEqual([
      "ingest",
      "consumers",
      "consumers",
    ]);
    const stored = await getPool().query<{ consumer_projects: string[] }>(
      "SELECT consumer_projects FROM product_scores WHERE unique_id = 'model.upstream.stg_products'",
    );
    expect(stored.rows[0]?.consumer_projects).toEqual([]);
  });

  test("re-ingesting the producer keeps the consumers it already has", async () => {
    await ingest(readFixtureDir(DOWNSTREAM));
    await ingest(readFixtureDir(UPSTREAM));
    // Without its semantic manifest the artifacts differ: a real re-ingest.
    const { semantic_manifest: _dropped, ...changed } =
      readFixtureDir(UPSTREAM);
    expect((await ingest(changed)).status).toBe("ingested");
    expect(
      (await inUseOf("upstream", "model.upstream.stg_products"))?.status,
    ).toBe("pass");
  });
});
