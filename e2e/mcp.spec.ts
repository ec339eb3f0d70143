import { expect, test } from "./fixtures";

const HEADERS = {
  "Content-Type": "application/json",
  Accept: "application/json, text/event-stream",
};

type RpcAnswer<T> = { jsonrpc: "2.0"; id: number; result: T };

test.describe("MCP endpoint under next start", () => {
  test("initializes, lists the tools and calls one, statelessly", async ({
    request,
  }) => {
    const init = await request.post("/api/mcp", {
      headers: HEADERS,
      data: {
        jsonrpc: "2.0",
        id: 1,
        method: "initialize",
        params: {
          protocolVersion: "2025-06-18",
          capabilities: {},
          clientInfo: { name: "e2e", version: "1.0.0" },
        },
      },
    });
    expect(init.status()).toBe(200);
    expect(init.headers()["content-type"]).toContain("application/json");
    expect(init.headers()["mcp-session-id"]).toBeUndefined();
    const hello = (await init.json()) as RpcAnswer<{
      serverInfo: { name: string };
    }>;
    expect(hello.result.serverInfo.name).toBe("mesh-catalog");

    const list = await request.post("/api/mcp", {
      headers: { ...HEADERS, "MCP-Protocol-Version": "2025-06-18" },
      data: { jsonrpc: "2.0", id: 2, method: "tools/list" },
    });
    const tools = (await list.json()) as RpcAnswer<{
      tools: { name: string }[];
    }>;
    expect(tools.result.tools.map((t) => t.name)).toContain("search");

    const call = await request.post("/api/mcp", {
      headers: { ...HEADERS, "MCP-Protocol-Version": "2025-06-18" },
      data: {
        jsonrpc: "2.0",
        id: 3,
        method: "tools/call",
        params: {
          name: "get_model_details",
          arguments: { unique_id: "model.platform.dim_customers" },
        },
      },
    });
    expect(call.status()).toBe(200);
    const answer = (await call.json()) as RpcAnswer<{
      content: { type: string; text: string }[];
      structuredContent: { uniqueId: string };
    }>;
    expect(answer.result.structuredContent.uniqueId).toBe(
      "model.platform.dim_customers.v2",
    );
    expect(answer.result.content[0]?.text).toContain(
      "{{ ref('platform', 'dim_customers') }}",
    );
  });

  test("GET answers 405: there is no stream to open", async ({ request }) => {
    const response = await request.get("/api/mcp", {
      headers: { Accept: "text/event-stream" },
    });
    expect(response.status()).toBe(405);
    expect(response.headers()["allow"]).toBe("POST");
    const body = (await response.json()) as { error: { message: string } };
    expect(body.error.message).toContain("stateless");
  });
});
