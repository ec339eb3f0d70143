import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { readEnv } from "@/lib/env";
import { registerImpact } from "./tools/impact";
import { registerLineage } from "./tools/lineage";
import { registerModelDetails } from "./tools/model-details";
import { registerModelHealth } from "./tools/model-health";
import { registerProductMaturity } from "./tools/product-maturity";
import { registerSearch } from "./tools/search";
import { registerStarSchema } from "./tools/star-schema";

const INSTRUCTIONS = `This server reads a catalog of the data products of a dbt mesh (several dbt projects that ref each other's public models).
Start with search to find a node and its unique_id, then get_model_details, get_model_health, get_product_maturity, get_lineage, get_impact or get_star_schema with that unique_id.
Answers are cut to a token budget; a cut answer says how to get the rest (offset arguments).`;

/**
 * The catalog's MCP server: read-only tools over the same named queries the
 * pages and /api/v1 read, each answering with compact text within
 * `tokenBudget` tokens and the same facts as structured content. Reading
 * needs no sign-in, as for the pages.
 */
export function createCatalogMcpServer(
  tokenBudget: number = readEnv().mcpTokenBudget,
): McpServer {
  const server = new McpServer(
    { name: "mesh-catalog", version: "0.1.0" },
    { instructions: INSTRUCTIONS },
  );
  for (const register of [
    registerSearch,
    registerModelDetails,
    registerModelHealth,
    registerProductMaturity,
    registerLineage,
    registerImpact,
    registerStarSchema,
  ])
    register(server, tokenBudget);
  return server;
}
