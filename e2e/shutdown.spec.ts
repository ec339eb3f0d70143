import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { startApp } from "@/lib/cli/next-server";
import { findFreePort } from "@/lib/db/embedded-postmaster";
import { getStatus, pollUntil } from "@/tests/spawn-catalog";
import { expect, test } from "./fixtures";

const MANIFEST = path.resolve(
  "../shared/fixtures/real/jaffle-sl-template/manifest.json",
);

type Answer = { status: number; body: string };

/**
 * What an orchestrator's SIGTERM (a deploy, a scale-down) does to a server
 * that started its own embedded database: it takes no new connection,
 * finishes the upload it is receiving (the ingest commits), exits with 143,
 * and stops the database it was the last to use.
 */
test.describe("a server told to stop", () => {
  test.setTimeout(180_000);

  test("finishes the upload in flight, takes no new request, and stops its embedded database", async () => {
    const dataDir = await fs.mkdtemp(
      path.join(os.tmpdir(), "mesh-catalog-shutdown-"),
    );
    await fs.chmod(dataDir, 0o755);
    const port = await findFreePort();
    const server = startApp(port, undefined, {
      output: "ignore",
      env: { CATALOG_DATA_DIR: dataDir },
    });
    const exited = new Promise<number | null>((resolve) =>
      server.once("exit", (code) => resolve(code)),
    );
    try {
      await pollUntil(
        () => getStatus(port, "/api/ready"),
        (status) => status === 200,
      );
      const secret = createAdminToken(dataDir);
      const manifest = await fs.readFile(MANIFEST);
      const half = Math.floor(manifest.length / 2);

      const upload = http.request({
        host: "127.0.0.1",
        port,
        method: "POST",
        path: "/api/v1/projects/jaffle_shop/artifacts",
        headers: {
          authorization: `Bearer ${secret}`,
          "content-type": "application/json",
          "content-length": manifest.length,
        },
      });
      const answered = readAnswer(upload);
      upload.write(manifest.subarray(0, half));
      await new Promise((resolve) => setTimeout(resolve, 500));

      server.kill("SIGTERM");
      await pollUntil(
        () => getStatusOnNewConnection(port, "/api/health"),
        (status) => status === 0,
      );
      upload.end(manifest.subarray(half));

      const answer = await answered;
      expect(answer.status, answer.body).toBe(200);
      expect(JSON.parse(answer.body)).toMatchObject({
        project: "jaffle_shop",
        status: "ingested",
      });
      expect(await exited).toBe(143);
      // Told to stop on the server's way out, the postmaster removes its
      // pid file once it has shut down.
      await pollUntil(
        () => existsSync(path.join(dataDir, "pg", "postmaster.pid")),
        (isRunning) => !isRunning,
      );
    } finally {
      server.kill("SIGKILL");
      await fs.rm(dataDir, { recursive: true, force: true });
    }
  });
});

/** A write token, made by `npm run token` joining the server's embedded database. */
function createAdminToken(dataDir: string): string {
  const env: NodeJS.ProcessEnv = { ...process.env, CATALOG_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  return execFileSync(
    process.execPath,
    [
      "--conditions=react-server",
      "--import",
      "tsx",
      "lib/cli/token.ts",
      "create",
      "--admin",
    ],
    { env, stdio: ["ignore", "pipe", "ignore"] },
  )
    .toString()
    .trim();
}

/** The status of GET `route` over a connection of its own, or 0 when none is taken. */
function getStatusOnNewConnection(
  port: number,
  route: string,
): Promise<number> {
  return new Promise((resolve) => {
    const request = http.get(
      { host: "127.0.0.1", port, path: route, agent: false },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    request.once("error", () => resolve(0));
  });
}

function readAnswer(request: http.ClientRequest): Promise<Answer> {
  return new Promise((resolve, reject) => {
    request.once("error", reject);
    request.once("response", (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.once("end", () =>
        resolve({ status: response.statusCode ?? 0, body }),
      );
    });
  });
}
