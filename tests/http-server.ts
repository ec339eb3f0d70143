import http from "node:http";
import type { AddressInfo } from "node:net";

export type Route = (
  request: http.IncomingMessage,
  response: http.ServerResponse,
) => void;

export type TestServer = { url: string; close: () => Promise<void> };

/**
 * A real HTTP server on the loopback interface, serving the given routes (404
 * elsewhere). Closing it also drops connections that a route left hanging.
 */
export async function startServer(
  routes: Record<string, Route>,
): Promise<TestServer> {
  const server = http.createServer((request, response) => {
    const route =
      routes[new URL(request.url ?? "/", "http://localhost").pathname];
    if (route) route(request, response);
    else response.writeHead(404, "Not Found").end("no such file");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A route that answers with these bytes and headers. */
export function serveBytes(
  bytes: Uint8Array,
  headers: Record<string, string> = {},
): Route {
  return (_request, response) => {
    response.writeHead(200, {
      "content-length": String(bytes.length),
      ...headers,
    });
    response.end(bytes);
  };
}
