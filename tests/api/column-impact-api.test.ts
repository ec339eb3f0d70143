import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { GET as getImpactRoute } from "@/app/api/v1/impact/[uniqueId]/route";
import { closeDb } from "@/lib/db/client";
import { settleColumnLineage } from "@/lib/ingest/column-lineage-after-ingest";
import { compileRawManifest } from "@/tests/compile-ref-only";
import { useTestDatabase } from "@/tests/db";
import { loadFixtureJson } from "@/tests/fixture-files";
import { readFixtureDir } from "@/tests/fixtures";
import { ingest, jsonArtifact } from "@/tests/ingest";

const params = <T>(value: T) => ({ params: Promise.resolve(value) });
const url = (path: string) => new Request(`http://catalog.test${path}`);

type Body = {
  column: string;
  totals: {
    columns: number;
    models: number;
    projects: number;
    exposures: number;
  };
  projects: {
    project: string;
    owners: {
      columns: { name: string; column: string | null; kinds: string[] }[];
    }[];
  }[];
};

async function impactOf(uniqueId: string, query: string) {
  const response = await getImpactRoute(
    url(`/api/v1/impact/${uniqueId}?${query}`),
    params({ uniqueId }),
  );
  return {
    status: response.status,
    body: (await response.json()) as Body & { error?: string },
  };
}

describe("GET /api/v1/impact/{id}?column=", () => {
  beforeAll(async () => {
    process.env.CATALOG_COLUMN_LINEAGE = "on";
    await useTestDatabase();
    await ingest(readFixtureDir("astronomer-cosmos/cross_project_upstream"));
    type Raw = Parameters<typeof compileRawManifest>[0];
    const downstream = compileRawManifest(
      loadFixtureJson(
        "astronomer-cosmos/cross_project_downstream/manifest.json",
      ) as Raw,
      "downstream",
    );
    await ingest({ manifest: jsonArtifact("manifest.json", downstream) });
    await settleColumnLineage();
  });
  afterAll(async () => {
    process.env.CATALOG_COLUMN_LINEAGE = "off";
    await closeDb();
  });

  test("follows a producer's column into the consumer project, hop after hop", async () => {
    const { status, body } = await impactOf(
      "model.upstream.int_customer_orders",
      "column=LIFETIME_VALUE",
    );
    expect(status).toBe(200);
    expect(body.column).toBe("lifetime_value");
    const reached = body.projects.flatMap((p) =>
      p.owners.flatMap((o) =>
        o.columns.map(
          (c) =>
            `${p.project}:${c.name}.${c.column ?? "*"} ${c.kinds.join("+")}`,
        ),
      ),
    );
    expect(reached).toEqual([
      "downstream:fct_customer_revenue.customer_tier expression",
      "downstream:fct_customer_revenue.lifetime_value expression",
      "downstream:rpt_revenue_summary.* filter",
      "downstream:rpt_revenue_summary.avg_customer_ltv aggregation",
    ]);
    expect(body.totals).toEqual({
      columns: 3,
      models: 2,
      projects: 1,
      exposures: 0,
    });
  });

  test("a column read by one consumer column lists just that one", async () => {
    const { status, body } = await impactOf(
      "model.upstream.stg_customers",
      "column=segment",
    );
    expect(status).toBe(200);
    expect(
      body.projects.flatMap((p) =>
        p.owners.flatMap((o) => o.columns.map((c) => `${c.name}.${c.column}`)),
      ),
    ).toEqual(["fct_customer_revenue.segment"]);
  });

  test.each([
    [
      "an unknown column",
      "model.upstream.stg_customers",
      "column=no_such_column",
      404,
    ],
    ["an unknown node", "model.upstream.nothing", "column=email", 404],
    [
      "a column with CSV",
      "model.upstream.stg_customers",
      "column=email&format=csv",
      400,
    ],
  ])("%s answers %i", async (_, id, query, expected) => {
    expect((await impactOf(id, query)).status).toBe(expected);
  });
});
