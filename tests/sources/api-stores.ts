import { createHash } from "node:crypto";
import type http from "node:http";
import { startHttpStore, type Objects } from "./stores";

/**
 * A local server answering Google Cloud Storage's JSON API as documented
 * (objects.get: metadata, and `alt=media` for the bytes; a generation that
 * changes with every write). `write` replaces an object, as an upload does.
 */
export async function startGcsApi(bucket: string) {
  const objects = new Map<string, { bytes: Uint8Array; generation: number }>();
  let generation = 1_700_000_000_000_000;
  const store = await startHttpStore((request, url, response) => {
    const match = /^(?:\/download)?\/storage\/v1\/b\/([^/]+)\/o\/(.+)$/.exec(
      url.pathname,
    );
    const object =
      match && match[1] === bucket
        ? objects.get(decodeURIComponent(match[2] ?? ""))
        : undefined;
    if (!match || !object)
      return void sendJson(response, 404, {
        error: { code: 404, message: "No such object" },
      });
    const name = decodeURIComponent(match[2] ?? "");
    const asked = url.searchParams.get("generation");
    if (asked !== null && asked !== String(object.generation))
      return void sendJson(response, 404, {
        error: { code: 404, message: "No such object generation" },
      });
    const md5 = createHash("md5").update(object.bytes).digest("base64");
    if (url.searchParams.get("alt") === "media")
      return void response
        .writeHead(200, {
          "content-type": "application/json",
          "content-length": String(object.bytes.length),
          "x-goog-generation": String(object.generation),
          "x-goog-hash": `md5=${md5}`,
        })
        .end(object.bytes);
    sendJson(response, 200, {
      kind: "storage#object",
      id: `${bucket}/${name}/${object.generation}`,
      name,
      bucket,
      generation: String(object.generation),
      metageneration: "1",
      size: String(object.bytes.length),
      md5Hash: md5,
      contentType: "application/json",
    });
  });
  return {
    ...store,
    write: (name: string, bytes: Uint8Array) =>
      objects.set(name, { bytes, generation: ++generation }),
  };
}

/**
 * A local server answering dbt Cloud's Administrative API v2 as documented:
 * `GET /api/v2/accounts/{id}/runs/` (filtered by job_definition_id or
 * environment_id and status, newest first) and
 * `GET /api/v2/accounts/{id}/runs/{run}/artifacts/{path}`, behind a bearer token.
 */
export async function startDbtCloudApi(options: {
  accountId: number;
  jobId: number;
  token: string;
}) {
  const runs: { id: number; status: number; artifacts: Objects }[] = [];
  const account = `/api/v2/accounts/${options.accountId}`;
  const store = await startHttpStore((request, url, response) => {
    if (request.headers.authorization !== `Bearer ${options.token}`)
      return void sendJson(response, 401, {
        status: { code: 401, is_success: false, user_message: "Invalid token" },
      });
    if (url.pathname === `${account}/runs/`) {
      const wanted =
        url.searchParams.get("job_definition_id") === String(options.jobId);
      const status = Number(url.searchParams.get("status"));
      const matching = runs
        .filter((r) => wanted && r.status === status)
        .reverse()
        .slice(0, Number(url.searchParams.get("limit") ?? 100));
      return void sendJson(response, 200, {
        status: { code: 200, is_success: true },
        data: matching.map((r) => ({
          id: r.id,
          account_id: options.accountId,
          job_definition_id: options.jobId,
          status: r.status,
          status_humanized: r.status === 10 ? "Success" : "Error",
        })),
      });
    }
    const artifact = new RegExp(`^${account}/runs/(\\d+)/artifacts/(.+)$`).exec(
      url.pathname,
    );
    const bytes = artifact
      ? runs
          .find((r) => r.id === Number(artifact[1]))
          ?.artifacts.get(artifact[2] ?? "")
      : undefined;
    if (!bytes)
      return void sendJson(response, 404, {
        status: { code: 404, is_success: false },
      });
    response.writeHead(200, { "content-type": "application/json" }).end(bytes);
  });
  return {
    ...store,
    apiEndpoint: `${store.url}/api/v2`,
    /** A finished run of the job: status 10 is Success, 20 Error. */
    addRun: (id: number, status: 10 | 20, artifacts: Objects) =>
      runs.push({ id, status, artifacts }),
  };
}

function sendJson(
  response: http.ServerResponse,
  status: number,
  body: unknown,
): void {
  response
    .writeHead(status, { "content-type": "application/json" })
    .end(JSON.stringify(body));
}
