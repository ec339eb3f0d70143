import "server-only";
import { WebStandardStreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js";
import { createCatalogMcpServer } from "./server";

/** A tool call's request is a few hundred bytes; nothing needs more. */
const MAX_REQUEST_BYTES = 64 * 1024;

/**
 * Answers one MCP request over streamable HTTP, statelessly: a fresh server
 * and transport per request, no session to keep, so any instance of the
 * catalog can answer any request. Replies are plain JSON (no SSE stream):
 * every tool answers at once.
 */
export async function handleMcpRequest(request: Request): Promise<Response> {
  const server = createCatalogMcpServer();
  const transport = new WebStandardStreamableHTTPServerTransport({
    sessionIdGenerator: undefined,
    enableJsonResponse: true,
    maxRequestBodySize: MAX_REQUEST_BYTES,
  });
  await server.connect(transport);
  try {
    const response = await transport.handleRequest(request);
    // Like every API answer: about the data of this moment, never cached.
    response.headers.set("Cache-Control", "no-store");
    return response;
  } finally {
    // With JSON replies the response is complete once handleRequest returns.
    await server.close();
  }
}
