import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { GET as getImpactRoute } from "@/app/api/v1/impact/[uniqueId]/route";
import { GET as getNeighboursRoute } from "@/app/api/v1/lineage/neighbours/route";
import { GET as getMeshMapRoute } from "@/app/api/v1/lineage/projects/route";
import { GET as getRefsRoute } from "@/app/api/v1/lineage/refs/route";
import { GET as getLineageRoute } from "@/app/api/v1/lineage/route";
import { GET as getStarRoute } from "@/app/api/v1/star/[uniqueId]/route";
import { closeDb } from "@/lib/db/client";
import { ingestSampleMesh } from "@/lib/ingest/ingest-sample";
import { useTestDatabase } from "@/tests/db";
import { readFixtureDir } from "@/tests/fixtures";
import { ingest, TEST_LIMIT } from "@/tests/ingest";

const params = <T>(value: T) => ({ params: Promise.resolve(value) });
const url = (path: string) => new Request(`http://catalog.test${path}`);

type LineageBody = {
  focus: string;
  nodes: {
    kind: string;
    id: string;
    project: string;
    external: boolean;
    depth?: number;
  }[];
  edges: {
    source: string;
    target: string;
    crossProject: boolean;
    count: number;
  }[];
  collapsed: boolean;
  truncated: boolean;
};

describe("lineage, impact and star API", () => {
  beforeAll(async () => {
    await useTestDatabase();
    await ingestSampleMesh({ maxArtifactBytes: TEST_LIMIT });
    await ingest(readFixtureDir("dbt-multi-project/marketplace_others"));
    await ingest(readFixtureDir("dbt-multi-project/marketplace_sp"));
  });
  afterAll(closeDb);

  test("GET /api/v1/lineage crosses from the consumer into the producer and back", async () => {
    const response = await getLineageRoute(
      url("/api/v1/lineage?focus=model.finance.fct_invoices&up=1&down=1"),
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as LineageBody;
    expect(body.focus).toBe("finance:model.finance.fct_invoices");
    expect(body).toMatchObject({ collapsed: false, truncated: false });
    expect(
      body.edges
        .filter((e) => e.crossProject)
        .map((e) => e.source)
        .sort(),
    ).toEqual([
      "finance:model.finance.fct_invoices",
      "platform:model.platform.dim_customers.v2",
    ]);
    expect(body.nodes.find((n) => n.id === body.focus)).toMatchObject({
      kind: "node",
      depth: 0,
    });
  });

  test("full lineage with a type filter, and external nodes for never-ingested producers", async () => {
    const response = await getLineageRoute(
      url(
        "/api/v1/lineage?focus=model.marketing.customer_segments&up=full&down=0&types=model,source",
      ),
    );
    const body = (await response.json()) as LineageBody;
    expect(body.nodes.find((n) => n.project === "data_science")).toMatchObject({
      external: true,
    });
    expect(body.nodes.some((n) => n.id.includes(":source."))).toBe(true);
    expect(body.nodes.some((n) => n.id.includes(":seed."))).toBe(false);
  });

  test.each([
    { query: "", status: 400 },
    { query: "?focus=model.finance.fct_invoices&up=many", status: 400 },
    { query: "?focus=model.finance.fct_invoices&up=51", status: 400 },
    {
      query: "?focus=model.finance.fct_invoices&types=Model;drop",
      status: 400,
    },
    {
      query: "?focus=model.finance.fct_invoices&project=not-a-name",
      status: 400,
    },
    { query: "?focus=model.nowhere.x", status: 404 },
    { query: "?focus=model.base.obt_payment_type_by_state", status: 409 },
    {
      query:
        "?focus=model.base.obt_payment_type_by_state&project=marketplace_sp",
      status: 200,
    },
  ])("GET /api/v1/lineage$query → $status", async ({ query, status }) => {
    const response = await getLineageRoute(url(`/api/v1/lineage${query}`));
    expect(response.status).toBe(status);
  });

  test("a bad hop count says what is allowed", async () => {
    const response = await getLineageRoute(
      url("/api/v1/lineage?focus=model.finance.fct_invoices&down=lots"),
    );
    const body = (await response.json()) as { error: { message: string } };
    expect(body.error.message).toBe(
      'down: must be a whole number from 0 to 50, or "full"',
    );
  });

  test("GET /api/v1/lineage/projects gives both directions of platform ⇄ finance", async () => {
    const response = await getMeshMapRoute();
    const body = (await response.json()) as {
      projects: { name: string; external: boolean; models: number | null }[];
      edges: {
        producer: string;
        consumer: string;
        refs: number;
        twoWay: boolean;
      }[];
    };
    const pair = body.edges.filter(
      (e) => [e.producer, e.consumer].sort().join() === "finance,platform",
    );
    expect(pair.map((e) => [e.producer, e.consumer, e.twoWay])).toEqual([
      ["finance", "platform", true],
      ["platform", "finance", true],
    ]);
    expect(body.projects.find((p) => p.name === "data_science")).toMatchObject({
      external: true,
      models: null,
    });
  });

  test("GET /api/v1/lineage/refs lists what one mesh-map edge carries", async () => {
    const response = await getRefsRoute(
      url("/api/v1/lineage/refs?consumer=marketing&producer=data_science"),
    );
    const body = (await response.json()) as {
      refs: { producer: { name: string; resolved: boolean } }[];
    };
    expect(body.refs.map((r) => r.producer)).toEqual([
      expect.objectContaining({
        name: "customer_churn_scores",
        resolved: false,
      }),
    ]);
    expect(
      (await getRefsRoute(url("/api/v1/lineage/refs?consumer=marketing")))
        .status,
    ).toBe(400);
  });

  test("GET /api/v1/lineage/neighbours gives a node's neighbours and their edges", async () => {
    const response = await getNeighboursRoute(
      url(
        "/api/v1/lineage/neighbours?node=model.platform.customer_ltv&direction=up",
      ),
    );
    const body = (await response.json()) as {
      node: string;
      nodes: { name: string }[];
    };
    expect(body.node).toBe("platform:model.platform.customer_ltv");
    expect(body.nodes.map((n) => n.name).sort()).toEqual([
      "customer_ltv",
      "dim_customers",
      "fct_invoices",
      "fct_orders",
    ]);
  });

  test("GET /api/v1/impact/{id} lists consumer models and exposures in other projects", async () => {
    const response = await getImpactRoute(
      url("/api/v1/impact/model.platform.dim_customers"),
      params({ uniqueId: "model.platform.dim_customers" }),
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      focus: { id: string };
      total: number;
      projects: {
        project: string;
        owners: {
          nodes: { name: string; resourceType: string; path: string[] }[];
        }[];
      }[];
    };
    expect(body.focus.id).toBe("platform:model.platform.dim_customers.v2");
    const marketing = body.projects
      .find((p) => p.project === "marketing")
      ?.owners.flatMap((o) => o.nodes);
    expect(
      marketing
        ?.filter((n) => n.resourceType === "exposure")
        .map((n) => n.name)
        .sort(),
    ).toEqual(["campaign_performance", "lifecycle_audience_sync"]);
    expect(marketing?.every((n) => n.path[0] === body.focus.id)).toBe(true);
  });

  test("GET /api/v1/impact/{id} pages its nodes and says where the next page starts", async () => {
    const id = "model.platform.dim_customers";
    const read = async (query: string) => {
      const response = await getImpactRoute(
        url(`/api/v1/impact/${id}${query}`),
        params({ uniqueId: id }),
      );
      return (await response.json()) as {
        total: number;
        page: { returned: number; nextOffset: number | null };
        projects: { owners: { nodes: { id: string }[] }[] }[];
      };
    };
    const ids = (body: Awaited<ReturnType<typeof read>>) =>
      body.projects.flatMap((p) =>
        p.owners.flatMap((o) => o.nodes.map((n) => n.id)),
      );
    const whole = await read("");
    expect(whole.total).toBeGreaterThan(3);
    expect(whole.page.nextOffset).toBeNull();
    const first = await read("?limit=2");
    expect(first.total).toBe(whole.total);
    expect(first.page).toMatchObject({ returned: 2, nextOffset: 2 });
    const second = await read("?limit=2&offset=2");
    expect([...ids(first), ...ids(second)]).toEqual(ids(whole).slice(0, 4));
    const refused = await getImpactRoute(
      url(`/api/v1/impact/${id}?limit=5001`),
      params({ uniqueId: id }),
    );
    expect(refused.status).toBe(400);
  });

  test.each([
    { path: "model.platform.dim_customers.v2", query: "?format=csv" },
    { path: "model.platform.dim_customers.v2.csv", query: "" },
  ])(
    "GET /api/v1/impact/$path$query is a CSV download",
    async ({ path, query }) => {
      const response = await getImpactRoute(
        url(`/api/v1/impact/${path}${query}`),
        params({ uniqueId: path }),
      );
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe(
        "text/csv; charset=utf-8",
      );
      expect(response.headers.get("content-disposition")).toBe(
        'attachment; filename="impact-platform-dim_customers.csv"',
      );
      const lines = (await response.text()).split("\r\n");
      expect(lines[0]).toBe(
        "project,owner_name,owner_email,unique_id,name,resource_type,access,version,hops,path",
      );
      expect(
        lines.some(
          (l) => l.startsWith("marketing,") && l.includes(",exposure,"),
        ),
      ).toBe(true);
    },
  );

  test("GET /api/v1/star/{id} shows fct_orders' keys and its join to dim_customers", async () => {
    const response = await getStarRoute(
      url("/api/v1/star/model.platform.fct_orders"),
      params({ uniqueId: "model.platform.fct_orders" }),
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      kind: string;
      tables: {
        name: string;
        primaryKey: string[];
        columns: { name: string; primaryKey: boolean; foreignKey: boolean }[];
      }[];
      relationships: {
        cardinality: string;
        sources: string[];
        crossProject: boolean;
      }[];
    };
    expect(body.kind).toBe("star");
    expect(body.tables.map((t) => [t.name, t.primaryKey])).toEqual([
      ["fct_orders", ["order_id"]],
      ["dim_customers", ["customer_id"]],
    ]);
    expect(
      body.tables[0]?.columns.find((c) => c.name === "customer_id"),
    ).toMatchObject({ foreignKey: true });
    expect(body.relationships).toEqual([
      expect.objectContaining({
        cardinality: "many_to_one",
        sources: ["test", "constraint", "entity"],
        crossProject: false,
      }),
    ]);
    const missing = await getStarRoute(
      url("/api/v1/star/model.x.y"),
      params({ uniqueId: "model.x.y" }),
    );
    expect(missing.status).toBe(404);
  });
});
