import { closeDb, getPool } from "@/lib/db/client";
import { CHARS_PER_TOKEN } from "@/lib/mcp/budget";
import { handleMcpRequest } from "@/lib/mcp/http";
import { DEFAULT_MCP_TOKEN_BUDGET } from "@/lib/env";
import { prepareLargeMesh } from "./large-mesh";
import { percentile } from "./machine";

const PRODUCTS = 40;

type Call = { tool: string; args: Record<string, unknown> };
type Sample = { ms: number; tokens: number; isCut: boolean; isError: boolean };

/**
 * Each MCP tool on the 100k-node mesh, called over the HTTP handler the
 * route serves (JSON-RPC in, JSON out, a fresh stateless server per call),
 * one call at a time, for products picked across the mesh: how long a call
 * takes and how long its text is against the default token budget.
 */
export async function benchMcp(): Promise<string> {
  const mesh = await prepareLargeMesh();
  process.env.DATABASE_URL = mesh.cluster.url;
  await closeDb();
  try {
    const ids = await pickProducts(PRODUCTS);
    const calls = ids.flatMap((id): Call[] => [
      { tool: "get_model_details", args: { unique_id: id } },
      { tool: "get_model_health", args: { unique_id: id } },
      { tool: "get_product_maturity", args: { unique_id: id } },
      { tool: "get_lineage", args: { unique_id: id } },
      { tool: "get_impact", args: { unique_id: id } },
      { tool: "get_star_schema", args: { unique_id: id } },
    ]);
    // Searches drawn from the mesh itself: a model's exact name, and one
    // word of it, which many names share (a long, ranked list to cut).
    for (const id of ids.slice(0, 20)) {
      const name = id.split(".")[2] ?? id;
      const word = name.split("_").find((w) => w.length > 3) ?? name;
      calls.push({ tool: "search", args: { query: name } });
      calls.push({ tool: "search", args: { query: word, limit: 50 } });
    }
    for (const call of calls.slice(0, 12)) await callTool(call); // warm-up
    const byTool = new Map<string, Sample[]>();
    for (const call of calls) {
      const sample = await callTool(call);
      byTool.set(call.tool, [...(byTool.get(call.tool) ?? []), sample]);
    }
    return [
      `Mesh: ${mesh.projects} projects, ${mesh.nodes.toLocaleString("en")} nodes. ${PRODUCTS} public models picked across it; one call at a time, in process, through the \`/api/mcp\` handler (JSON-RPC request to JSON response). Token budget ${DEFAULT_MCP_TOKEN_BUDGET} (the default); tokens counted as ${CHARS_PER_TOKEN} characters each.`,
      "",
      "| Tool | Calls | p50 | p95 | max | Text tokens p50 | max | Cut to the budget |",
      "|---|---:|---:|---:|---:|---:|---:|---:|",
      ...[...byTool].map(([tool, samples]) => {
        const ms = samples.map((s) => s.ms);
        const tokens = samples.map((s) => s.tokens);
        const errors = samples.filter((s) => s.isError).length;
        return `| \`${tool}\`${errors ? ` (${errors} errors)` : ""} | ${samples.length} | ${ms.length ? percentile(ms, 50).toFixed(0) : "-"} ms | ${percentile(ms, 95).toFixed(0)} ms | ${Math.max(...ms).toFixed(0)} ms | ${percentile(tokens, 50).toFixed(0)} | ${Math.max(...tokens).toFixed(0)} | ${samples.filter((s) => s.isCut).length} |`;
      }),
    ].join("\n");
  } finally {
    await closeDb();
  }
}

async function callTool(call: Call): Promise<Sample> {
  const started = performance.now();
  const response = await handleMcpRequest(
    new Request("http://catalog.bench/api/mcp", {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        Accept: "application/json, text/event-stream",
      },
      body: JSON.stringify({
        jsonrpc: "2.0",
        id: 1,
        method: "tools/call",
        params: { name: call.tool, arguments: call.args },
      }),
    }),
  );
  const body = (await response.json()) as {
    result?: { content: { text: string }[]; isError?: boolean };
  };
  const ms = performance.now() - started;
  const text = body.result?.content.map((c) => c.text).join("\n") ?? "";
  return {
    ms,
    tokens: text.length / CHARS_PER_TOKEN,
    isCut: /token budget/.test(text),
    isError: body.result?.isError === true || !body.result,
  };
}

async function pickProducts(count: number): Promise<string[]> {
  const rows = await getPool().query<{ unique_id: string }>(
    `SELECT n.unique_id FROM nodes n
     WHERE n.resource_type = 'model' AND n.access = 'public'
     ORDER BY md5(n.unique_id) LIMIT $1`,
    [count],
  );
  return rows.rows.map((r) => r.unique_id);
}
