import { afterEach, beforeAll, describe, expect, test } from "vitest";
import { closeDb, getPool } from "@/lib/db/client";
import { compileRawManifest } from "@/tests/compile-ref-only";
import { useTestDatabase } from "@/tests/db";
import { loadFixtureJson } from "@/tests/fixture-files";
import { readFixtureDir } from "@/tests/fixtures";
import { ingest, jsonArtifact } from "@/tests/ingest";
import { getModel } from "@/lib/db/queries/nodes";
import {
  deriveProjectColumnLineage,
  settleColumnLineage,
} from "./column-lineage-after-ingest";

const UPSTREAM = "astronomer-cosmos/cross_project_upstream";
const DOWNSTREAM = "astronomer-cosmos/cross_project_downstream";

type RawManifest = {
  nodes: Record<
    string,
    {
      resource_type: string;
      name: string;
      package_name: string;
      [key: string]: unknown;
    }
  >;
};

/** The real dbt-loom consumer as `dbt compile` would have left it. */
function compiledDownstream(): RawManifest {
  return compileRawManifest(
    loadFixtureJson(`${DOWNSTREAM}/manifest.json`) as RawManifest,
    "downstream",
  );
}

async function edgesOf(uniqueId: string, column: string) {
  const result = await getPool().query<{ edge: string }>(
    `SELECT upstream_project || ':' || upstream_unique_id || '.' || upstream_column || ' ' || kind AS edge
     FROM column_edges WHERE unique_id = $1 AND column_name IS NOT DISTINCT FROM $2 ORDER BY 1`,
    [uniqueId, column],
  );
  return result.rows.map((r) => r.edge);
}

async function lineageModels(project: string) {
  const result = await getPool().query<{
    unique_id: string;
    status: string;
    has_compiled_sql: boolean;
  }>(
    `SELECT m.unique_id, m.status, m.has_compiled_sql FROM column_lineage_models m
     JOIN projects p ON p.id = m.project_id WHERE p.name = $1 ORDER BY 1`,
    [project],
  );
  return result.rows;
}

describe("column lineage after ingest", () => {
  beforeAll(() => {
    process.env.CATALOG_COLUMN_LINEAGE = "on";
    return () => {
      process.env.CATALOG_COLUMN_LINEAGE = "off";
    };
  });
  afterEach(async () => {
    await settleColumnLineage();
    await closeDb();
  });

  test("is derived in the background after the commit, across projects", async () => {
    await useTestDatabase();
    await ingest(readFixtureDir(UPSTREAM));
    const report = await ingest({
      manifest: jsonArtifact("manifest.json", compiledDownstream()),
    });
    expect(report.modelsWithoutCompiledSql).toEqual([]);
    await settleColumnLineage();
    expect(
      await edgesOf("model.downstream.fct_customer_revenue", "lifetime_value"),
    ).toEqual([
      "upstream:model.upstream.int_customer_orders.lifetime_value expression",
    ]);
    expect(
      await edgesOf(
        "model.downstream.fct_customer_revenue",
        null as unknown as string,
      ),
    ).toEqual([
      "upstream:model.upstream.int_customer_orders.customer_id filter",
    ]);
    expect((await lineageModels("downstream")).map((m) => m.status)).toEqual([
      "derived",
      "derived",
      "derived",
      "derived",
    ]);
  });

  test("the model page says where a column comes from and how much uses it downstream", async () => {
    await useTestDatabase();
    await ingest(readFixtureDir(UPSTREAM));
    const before = await getModel("upstream", "int_customer_orders");
    expect(before?.columnLineage).toEqual({ state: "no_compiled_sql" });
    await ingest({ manifest: jsonArtifact("manifest.json", compiledDownstream()) });
    await settleColumnLineage();
    const producer = await getModel("upstream", "int_customer_orders");
    const ltv = producer?.columns.find((c) => c.name === "lifetime_value");
    // fct_customer_revenue.lifetime_value and .customer_tier, rpt_revenue_summary.avg_customer_ltv
    // and rpt_revenue_summary's rows (filtered on customer_tier): two models, one project.
    expect(ltv?.lineage?.downstream).toEqual({ columns: 3, models: 2, projects: 1, exposures: 0 });
    const consumer = await getModel("downstream", "fct_customer_revenue");
    expect(consumer?.columnLineage).toEqual({ state: "derived", hasCompiledSql: true });
    expect(consumer?.columns.find((c) => c.name === "lifetime_value")?.lineage?.sources).toEqual([
      {
        project: "upstream",
        uniqueId: "model.upstream.int_customer_orders",
        name: "int_customer_orders",
        column: "lifetime_value",
        kind: "expression",
      },
    ]);
  });

  test("derives again only what changed", async () => {
    await useTestDatabase();
    await ingest(readFixtureDir(UPSTREAM));
    await ingest({
      manifest: jsonArtifact("manifest.json", compiledDownstream()),
    });
    await settleColumnLineage();
    expect(await deriveProjectColumnLineage("downstream")).toMatchObject({
      derived: 0,
      unchanged: 4,
    });
    const edited = compiledDownstream();
    const model = edited.nodes["model.downstream.dim_payment_methods"];
    if (!model) throw new Error("fixture changed");
    model.compiled_code =
      'select payment_method, max(order_total) as top_order from "postgres"."platform"."int_orders_enriched" group by 1';
    await ingest({ manifest: jsonArtifact("manifest.json", edited) });
    await settleColumnLineage();
    expect(
      await edgesOf("model.downstream.dim_payment_methods", "top_order"),
    ).toEqual([
      "upstream:model.upstream.int_orders_enriched.order_total aggregation",
    ]);
    expect(await deriveProjectColumnLineage("downstream")).toMatchObject({
      derived: 0,
      unchanged: 4,
    });
  });

  test("a manifest without compiled SQL keeps the lineage derived before and says so", async () => {
    await useTestDatabase();
    await ingest(readFixtureDir(UPSTREAM));
    await ingest({
      manifest: jsonArtifact("manifest.json", compiledDownstream()),
    });
    await settleColumnLineage();
    const parsedOnly = await ingest(readFixtureDir(DOWNSTREAM), undefined);
    expect(parsedOnly.modelsWithoutCompiledSql).toHaveLength(4);
    expect(
      parsedOnly.warnings.some((w) =>
        w.startsWith("4 models have no compiled SQL"),
      ),
    ).toBe(true);
    await settleColumnLineage();
    expect(await lineageModels("downstream")).toEqual(
      expect.arrayContaining([
        {
          unique_id: "model.downstream.fct_customer_revenue",
          status: "derived",
          has_compiled_sql: false,
        },
      ]),
    );
    expect(
      await edgesOf("model.downstream.fct_customer_revenue", "lifetime_value"),
    ).toHaveLength(1);
  });

  test("SQL that does not parse is counted and listed, and the ingest stands", async () => {
    await useTestDatabase();
    await ingest(readFixtureDir(UPSTREAM));
    const broken = compiledDownstream();
    const model = broken.nodes["model.downstream.fct_revenue"];
    if (!model) throw new Error("fixture changed");
    model.compiled_code = "select from where (";
    const report = await ingest({
      manifest: jsonArtifact("manifest.json", broken),
    });
    expect(report.status).toBe("ingested");
    await settleColumnLineage();
    const run = await deriveProjectColumnLineage("downstream");
    expect(run?.derived).toBe(0);
    expect(await lineageModels("downstream")).toContainEqual({
      unique_id: "model.downstream.fct_revenue",
      status: "parse_error",
      has_compiled_sql: true,
    });
  });
});
