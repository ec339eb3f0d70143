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

/** A route handler as Next exports it: a Web Request in, a Web Response out. */
export type FetchHandler = (request: Request) => Response | Promise<Response>;

/**
 * Serves a route module's handlers (`{ POST }`) over real HTTP as Next does:
 * the request becomes a Web Request, the Response is written back, and a
 * method the module does not export answers 405.
 */
export function serveRouteHandlers(
  handlers: Partial<Record<string, FetchHandler>>,
): Route {
  return (request, response) => {
    const handler = handlers[request.method ?? "GET"];
    if (!handler) {
      response.writeHead(405, { allow: Object.keys(handlers).join(", ") });
      response.end();
      return;
    }
    void (async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const headers = new Headers();
      for (const [name, value] of Object.entries(request.headers))
        for (const v of [value ?? []].flat()) headers.append(name, v);
      const answer = await handler(
        new Request(`http://${request.headers.host}${request.url}`, {
          method: request.method,
          headers,
          body: chunks.length > 0 ? Buffer.concat(chunks) : null,
        }),
      );
      // Several Set-Cookie headers stay several (an object would keep one).
      const cookies = answer.headers.getSetCookie();
      if (cookies.length > 0) response.setHeader("set-cookie", cookies);
      answer.headers.delete("set-cookie");
      response.writeHead(answer.status, Object.fromEntries(answer.headers));
      response.end(Buffer.from(await answer.arrayBuffer()));
    })();
  };
}
