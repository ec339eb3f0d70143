import { withApiErrors } from "@/lib/api/api-errors";
import { jsonError } from "@/lib/api/responses";
import { handleMcpRequest } from "@/lib/mcp/http";

export const dynamic = "force-dynamic";

/**
 * The Model Context Protocol over streamable HTTP, stateless: each POST is
 * one JSON-RPC exchange with the catalog's read-only tools.
 */
export const POST = withApiErrors(handleMcpRequest);

/** No session and no server-to-client stream: nothing to open or to end. */
function refuse(): Response {
  return jsonError(
    405,
    "this MCP endpoint is stateless: POST JSON-RPC requests to it",
    {},
    { Allow: "POST" },
  );
}

export const GET = refuse;
export const DELETE = refuse;
