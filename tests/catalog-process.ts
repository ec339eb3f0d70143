/**
 * A stand-in for the catalog's processes, for the tests that kill them
 * (lib/db/supervisor.test.ts). Run with tsx:
 *
 *   cli     connects (starting or joining the embedded cluster), prints
 *           "ready", and on a line on stdin leaves as `npm run ingest` does
 *   server  supervises the database as instrumentation.ts does and serves
 *           the real /api/ready and /api/v1/projects route handlers;
 *           prints "listening <port>"
 *
 * CATALOG_DATA_DIR (or DATABASE_URL) says which database; GIVE_UP_AFTER_MS
 * and CHECK_INTERVAL_MS tune the server's supervisor.
 */
import http from "node:http";
import { once } from "node:events";
import { closeDb } from "@/lib/db/client";
import { connectDatabase } from "@/lib/db/connect";
import { superviseDatabase } from "@/lib/db/supervisor";

const ROUTES: Record<string, () => Promise<{ GET: () => Promise<Response> }>> =
  {
    "/api/ready": () => import("@/app/api/ready/route"),
    "/api/v1/projects": () => import("@/app/api/v1/projects/route"),
  };

if (process.argv[2] === "cli") await runCli();
else await runServer();

async function runCli(): Promise<void> {
  const db = await connectDatabase();
  console.log("ready");
  process.stdin.resume();
  await once(process.stdin, "data");
  await closeDb();
  await db.cluster?.stop();
  process.exit(0);
}

async function runServer(): Promise<void> {
  const server = http.createServer((request, response) => {
    void answer(request.url ?? "/", response);
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  if (!address || typeof address !== "object") throw new Error("no address");
  superviseDatabase({
    intervalMs: Number(process.env.CHECK_INTERVAL_MS ?? 250),
    giveUpAfterMs: Number(process.env.GIVE_UP_AFTER_MS ?? 120_000),
    onGiveUp: () => process.exit(1),
  });
  console.log(`listening ${address.port}`);
}

async function answer(
  url: string,
  response: http.ServerResponse,
): Promise<void> {
  const route = ROUTES[url];
  if (!route) {
    response.writeHead(404).end();
    return;
  }
  const answered = await (await route()).GET();
  response.writeHead(answered.status, {
    "content-type": "application/json",
  });
  response.end(await answered.text());
}
