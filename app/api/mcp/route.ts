import { withApiErrors } from "@/lib/api/api-errors";
import { handleMcpRequest } from "@/lib/mcp/http";

export const dynamic = "force-dynamic";

/**
 * The Model Context Protocol over streamable HTTP, stateless: each POST is
 * one JSON-RPC exchange with the catalog's read-only tools. There is no
 * server-to-client stream, so GET and DELETE answer 405.
 */
export const POST = withApiErrors(handleMcpRequest);
