import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { DELETE, GET, POST } from "@/app/api/mcp/route";
import { closeDb } from "@/lib/db/client";
import { ingestSampleMesh } from "@/lib/ingest/ingest-sample";
import { CHARS_PER_TOKEN } from "@/lib/mcp/budget";
import { useTestDatabase } from "@/tests/db";
import {
  serveRouteHandlers,
  startServer,
  type TestServer,
} from "@/tests/http-server";
import { TEST_LIMIT } from "@/tests/ingest";

let server: TestServer;

async function connect(): Promise<Client> {
  const client = new Client({ name: "catalog-test", version: "1.0.0" });
  await client.connect(
    new StreamableHTTPClientTransport(new URL(`${server.url}/api/mcp`)),
  );
  return client;
}

async function call(
  name: string,
  args: Record<string, unknown>,
): Promise<{ text: string; data: Record<string, unknown>; isError: boolean }> {
  const client = await connect();
  try {
    const result = (await client.callTool({
      name,
      arguments: args,
    })) as CallToolResult;
    const text = result.content
      .map((c) => (c.type === "text" ? c.text : ""))
      .join("\n");
    return {
      text,
      data: result.structuredContent ?? {},
      isError: result.isError === true,
    };
  } finally {
    await client.close();
  }
}

describe("MCP over streamable HTTP at /api/mcp", () => {
  beforeAll(async () => {
    await useTestDatabase();
    await ingestSampleMesh({ maxArtifactBytes: TEST_LIMIT });
    server = await startServer({
      "/api/mcp": serveRouteHandlers({ POST, GET, DELETE }),
    });
  });
  afterAll(async () => {
    await server.close();
    await closeDb();
  });
  afterEach(() => {
    delete process.env.CATALOG_MCP_TOKEN_BUDGET;
  });

  test("lists every tool, each with input and output schemas", async () => {
    const client = await connect();
    const { tools } = await client.listTools();
    await client.close();
    expect(tools.map((t) => t.name).sort()).toEqual([
      "get_impact",
      "get_lineage",
      "get_model_details",
      "get_model_health",
      "get_product_maturity",
      "get_star_schema",
      "search",
    ]);
    for (const tool of tools) {
      expect(tool.description?.length).toBeGreaterThan(40);
      expect(tool.outputSchema?.type).toBe("object");
      expect(tool.annotations?.readOnlyHint).toBe(true);
    }
  });

  test("search finds a product by its name, with its unique_id", async () => {
    const { text, data, isError } = await call("search", {
      query: "dim_customers",
    });
    expect(isError).toBe(false);
    const results = data.results as { uniqueId: string; isProduct: boolean }[];
    expect(results[0]).toMatchObject({
      uniqueId: "model.platform.dim_customers.v2",
      isProduct: true,
    });
    expect(text).toContain("1. platform.dim_customers v2");
    expect(text).toContain("unique_id: model.platform.dim_customers.v2");
  });

  test("search takes facets and pages", async () => {
    const first = await call("search", { resource_type: "source", limit: 2 });
    const results = first.data.results as { resourceType: string }[];
    expect(results).toHaveLength(2);
    expect(results.every((r) => r.resourceType === "source")).toBe(true);
    expect(first.data.nextOffset).toBe(2);
    expect(first.text).toContain("call again with offset=2");
    const second = await call("search", {
      resource_type: "source",
      limit: 2,
      offset: 2,
    });
    expect(second.data.offset).toBe(2);
    expect(second.data.results).not.toEqual(first.data.results);
  });

  test("get_model_details: description, columns, owners, SLA, maturity and the ref", async () => {
    const { text, data, isError } = await call("get_model_details", {
      unique_id: "model.platform.dim_customers",
    });
    expect(isError).toBe(false);
    expect(data).toMatchObject({
      uniqueId: "model.platform.dim_customers.v2",
      version: "2",
      isProduct: true,
      access: "public",
      maturity: { level: "gold" },
      ref: { code: "{{ ref('platform', 'dim_customers') }}" },
    });
    expect((data.owners as string[]).length).toBeGreaterThan(0);
    const columns = data.columns as {
      total: number;
      items: { name: string }[];
    };
    expect(columns.items.map((c) => c.name)).toContain("customer_id");
    expect(columns.total).toBe(columns.items.length);
    expect(text).toContain(
      "How to ref it (from any project in the mesh): {{ ref('platform', 'dim_customers') }}",
    );
    expect(text).toMatch(/data product, gold, score \d+\/100/);
    expect(text).toContain("- customer_id");
    expect(text).toContain("Owners: ");
  });

  test("get_model_health: the last build, tests, and what lies upstream", async () => {
    const { text, data, isError } = await call("get_model_health", {
      unique_id: "model.platform.dim_customers.v2",
    });
    expect(isError).toBe(false);
    const tests = data.tests as { total: number };
    expect(tests.total).toBeGreaterThan(0);
    expect(data.lastBuild).toMatchObject({ status: "success" });
    expect(
      (data.upstream as { sources: unknown[] }).sources.length,
    ).toBeGreaterThan(0);
    expect(text).toMatch(/^Health of platform\.dim_customers v2: /);
    expect(text).toMatch(/Tests on it: \d+ tests?: /);
    expect(text).toContain("Upstream in its project:");
  });

  test("get_product_maturity: level, score and every rule with evidence", async () => {
    const { text, data } = await call("get_product_maturity", {
      unique_id: "model.platform.dim_customers",
    });
    expect(data).toMatchObject({ level: "gold", nextLevel: null });
    const rules = data.rules as {
      id: string;
      status: string;
      evidence: string;
    }[];
    expect(rules.map((r) => r.id)).toContain("has-owner");
    expect(rules.every((r) => r.evidence.length > 0)).toBe(true);
    expect(text).toContain("platform.dim_customers v2: gold, score");
    expect(text).toMatch(/✓ has-owner \[/);
  });

  test("get_lineage crosses projects through two-argument refs", async () => {
    const { text, data } = await call("get_lineage", {
      unique_id: "model.finance.fct_invoices",
      depth: 1,
    });
    expect(data.focus).toBe("finance:model.finance.fct_invoices");
    const edges = data.edges as { source: string; crossProject: boolean }[];
    expect(edges.filter((e) => e.crossProject).map((e) => e.source)).toContain(
      "platform:model.platform.dim_customers.v2",
    );
    expect(text).toContain("Upstream (");
    expect(text).toContain(
      "- platform.dim_customers v2 (model, public, 1 hop)",
    );
    expect(text).toContain(
      "platform.dim_customers v2 → finance.fct_invoices (cross-project ref)",
    );
  });

  test("get_lineage walks one direction when asked", async () => {
    const { data } = await call("get_lineage", {
      unique_id: "model.finance.fct_invoices",
      direction: "upstream",
    });
    const depths = (data.nodes as { depth: number }[]).map((n) => n.depth);
    expect(Math.max(...depths)).toBe(0);
    expect(Math.min(...depths)).toBeLessThan(0);
  });

  test("get_impact lists consumers in other projects, with owners and paths", async () => {
    const { text, data } = await call("get_impact", {
      unique_id: "model.platform.dim_customers",
    });
    const projects = (data.projects as { project: string }[]).map(
      (p) => p.project,
    );
    expect(projects).toEqual(expect.arrayContaining(["finance", "marketing"]));
    expect(data.exposures).toBeGreaterThan(0);
    const nodes = data.nodes as { id: string; path: string[] }[];
    expect(
      nodes.every(
        (n) => n.path[0] === "platform:model.platform.dim_customers.v2",
      ),
    ).toBe(true);
    expect(text).toMatch(
      /^Changing platform\.dim_customers v2 impacts \d+ nodes/,
    );
    expect(text).toContain("- finance.fct_invoices (model, 1 hop");
  });

  test("get_star_schema gives the joins and a query to paste", async () => {
    const { text, data } = await call("get_star_schema", {
      unique_id: "model.platform.fct_orders",
    });
    expect(data.kind).toBe("star");
    expect(data.joins).toEqual([
      expect.objectContaining({
        condition: "fct_orders.customer_id = dim_customers.customer_id",
        cardinality: "many_to_one",
      }),
    ]);
    expect((data.queries as { sql: string }[])[0]?.sql).toContain(
      "left join {{ ref(",
    );
    expect(data.fanOutWarning).toBeNull();
    expect(text).toContain(
      "- fct_orders.customer_id = dim_customers.customer_id (many-to-one;",
    );
  });

  test.each([
    [
      "get_model_details",
      "model.platform.no_such_model",
      /No node with unique_id "model\.platform\.no_such_model"/,
    ],
    ["get_model_health", "source.nowhere.x.y", /No node with unique_id/],
    [
      "get_product_maturity",
      "model.platform.stg_app_db__customers",
      /is not a data product/,
    ],
    [
      "get_lineage",
      "model.platform.no_such_model",
      /Find ids with the search tool/,
    ],
    ["get_impact", "model.platform.no_such_model", /No node with unique_id/],
    [
      "get_star_schema",
      "model.platform.no_such_model",
      /No node with unique_id/,
    ],
  ])("%s on %s is a tool error, not a crash", async (tool, id, message) => {
    const { text, isError } = await call(tool, { unique_id: id });
    expect(isError).toBe(true);
    expect(text).toMatch(message);
  });

  test("arguments the schema refuses are a tool error", async () => {
    const { text, isError } = await call("get_lineage", {
      unique_id: "model.finance.fct_invoices",
      depth: 0,
    });
    expect(isError).toBe(true);
    expect(text).toContain("depth");
  });

  test("CATALOG_MCP_TOKEN_BUDGET bounds the text, says what was cut and how to get it", async () => {
    process.env.CATALOG_MCP_TOKEN_BUDGET = "250";
    const { text, data } = await call("get_impact", {
      unique_id: "model.platform.dim_customers",
    });
    expect(text.length).toBeLessThanOrEqual(250 * CHARS_PER_TOKEN);
    const shown = (data.nodes as unknown[]).length;
    expect(shown).toBeLessThan(data.total as number);
    expect(data.nextOffset).toBe(shown);
    expect(text).toContain(
      `left out to fit the token budget; call again with offset=${shown}`,
    );
    const next = await call("get_impact", {
      unique_id: "model.platform.dim_customers",
      offset: shown,
    });
    expect((next.data.nodes as { id: string }[])[0]?.id).not.toBe(
      (data.nodes as { id: string }[])[0]?.id,
    );
  });

  test("GET and DELETE answer 405 with a JSON error: the endpoint is stateless and streams nothing", async () => {
    for (const method of ["GET", "DELETE"]) {
      const response = await fetch(`${server.url}/api/mcp`, { method });
      expect(response.status).toBe(405);
      expect(response.headers.get("allow")).toBe("POST");
      const body = (await response.json()) as { error: { message: string } };
      expect(body.error.message).toContain("stateless");
    }
  });

  test("answers are never cached", async () => {
    const response = await fetch(`${server.url}/api/mcp`, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        Accept: "application/json, text/event-stream",
      },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "tools/list" }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
  });
});
