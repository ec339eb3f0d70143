import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, expect, test } from "vitest";
import { closeDb } from "@/lib/db/client";
import { ingestSampleMesh } from "@/lib/ingest/ingest-sample";
import { useTestDatabase } from "@/tests/db";
import { TEST_LIMIT } from "@/tests/ingest";
import { REPO } from "@/tests/run-npm";

let databaseUrl: string;

beforeAll(async () => {
  databaseUrl = await useTestDatabase();
  await ingestSampleMesh({ maxArtifactBytes: TEST_LIMIT });
});
afterAll(closeDb);

test("`npm run mcp` serves the tools over stdio to the SDK's client", async () => {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env))
    if (value !== undefined) env[key] = value;
  // As a desktop client starts it: a command line, stdin and stdout as the channel.
  const transport = new StdioClientTransport({
    command: "npm",
    args: ["--prefix", REPO, "--silent", "run", "mcp"],
    env: { ...env, DATABASE_URL: databaseUrl },
    stderr: "pipe",
  });
  let log = "";
  transport.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const client = new Client({ name: "desktop-test", version: "1.0.0" });
  await client.connect(transport);
  try {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).toContain("get_model_details");
    const result = (await client.callTool({
      name: "get_model_details",
      arguments: { unique_id: "model.finance.fct_invoices" },
    })) as CallToolResult;
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toMatchObject({
      uniqueId: "model.finance.fct_invoices",
      ref: { code: "{{ ref('finance', 'fct_invoices') }}" },
    });
    const [first] = result.content;
    expect(first?.type === "text" ? first.text : "").toMatch(
      /^finance\.fct_invoices \(data product/,
    );
  } finally {
    await client.close();
  }
  expect(log).toContain("MCP server ready on stdio (DATABASE_URL)");
});
