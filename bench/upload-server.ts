/**
 * Child process: a plain Node HTTP server around the write API's and the
 * search API's route handlers (no `next build` needed), against DATABASE_URL.
 * Prints `{ port, token }` (an admin token) once it listens.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { POST } from "@/app/api/v1/projects/[project]/artifacts/route";
import { GET } from "@/app/api/v1/search/route";
import { createToken } from "@/lib/db/tokens";

const UPLOAD_PATH = /^\/api\/v1\/projects\/([^/]+)\/artifacts$/;

async function handle(request: http.IncomingMessage): Promise<Response> {
  const url = new URL(request.url ?? "/", "http://127.0.0.1");
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers))
    if (typeof value === "string") headers.set(name, value);
  const upload = UPLOAD_PATH.exec(url.pathname);
  if (request.method === "POST" && upload) {
    const webRequest = new Request(url, {
      method: "POST",
      headers,
      body: Readable.toWeb(request) as ReadableStream<Uint8Array>,
      duplex: "half",
    } as RequestInit);
    return POST(webRequest, {
      params: Promise.resolve({ project: decodeURIComponent(upload[1] ?? "") }),
    });
  }
  if (url.pathname === "/api/v1/search")
    return GET(new Request(url, { headers }));
  return new Response("not found", { status: 404 });
}

const server = http.createServer((request, response) => {
  handle(request)
    .then(async (answer) => {
      const body = Buffer.from(await answer.arrayBuffer());
      response.writeHead(answer.status, Object.fromEntries(answer.headers));
      response.end(body);
    })
    .catch((error: unknown) => {
      console.error(error);
      response.writeHead(500).end();
    });
});
const { secret } = await createToken({ project: null });
server.listen(0, "127.0.0.1", () => {
  const { port } = server.address() as AddressInfo;
  console.log(JSON.stringify({ port, token: secret }));
});
