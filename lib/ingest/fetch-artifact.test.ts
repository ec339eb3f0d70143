import { gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ArtifactError } from "@/lib/artifacts/errors";
import { readFixture } from "@/tests/fixtures";
import { serveBytes, startServer, type TestServer } from "@/tests/http-server";
import { UPSTREAM_DIR } from "@/tests/temp-tree";
import { ArtifactUnavailableError, fetchArtifact } from "./fetch-artifact";

const MANIFEST = readFixture(`${UPSTREAM_DIR}/manifest.json`).bytes;
const GZIPPED = gzipSync(MANIFEST);
const LIMIT = 64 * 1024 * 1024;

let server: TestServer;

beforeAll(async () => {
  server = await startServer({
    "/upstream/manifest.json": serveBytes(MANIFEST, {
      "content-type": "application/json",
    }),
    "/upstream/manifest.json.gz": serveBytes(GZIPPED, {
      "content-type": "application/gzip",
    }),
    "/encoded/manifest.json": serveBytes(GZIPPED, {
      "content-type": "application/json",
      "content-encoding": "gzip",
    }),
    "/streamed": (_request, response) => {
      // No Content-Length: only counting the body can tell its size.
      response.writeHead(200, { "content-type": "application/json" });
      for (let i = 0; i < 16; i++)
        response.write(Buffer.alloc(64 * 1024, 0x20));
      response.end("{}");
    },
    "/silent": () => {},
    "/stalls": (_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.write('{"metadata": ');
    },
    "/broken": (_request, response) =>
      response.writeHead(500, "Internal Server Error").end(),
  });
});

afterAll(() => server.close());

describe("fetchArtifact from a real local HTTP server", () => {
  test("a plain manifest arrives byte for byte", async () => {
    const bytes = await fetchArtifact(`${server.url}/upstream/manifest.json`, {
      maxBytes: LIMIT,
    });
    expect(Buffer.from(bytes).equals(MANIFEST)).toBe(true);
  });

  test("a .gz file arrives as gzip bytes, for the pipeline to inflate", async () => {
    const bytes = await fetchArtifact(
      `${server.url}/upstream/manifest.json.gz`,
      { maxBytes: LIMIT },
    );
    expect(gunzipSync(bytes).equals(MANIFEST)).toBe(true);
  });

  test("a gzip Content-Encoding is decoded on the way in", async () => {
    const bytes = await fetchArtifact(`${server.url}/encoded/manifest.json`, {
      maxBytes: LIMIT,
    });
    expect(Buffer.from(bytes).equals(MANIFEST)).toBe(true);
  });

  test.each([
    {
      what: "a declared Content-Length",
      path: "/upstream/manifest.json",
      maxBytes: 1000,
    },
    {
      what: "a streamed body without a length",
      path: "/streamed",
      maxBytes: 100_000,
    },
    {
      what: "an encoded body, counted decoded",
      path: "/encoded/manifest.json",
      maxBytes: GZIPPED.length + 1,
    },
  ])("a body over the limit is refused: $what", async ({ path, maxBytes }) => {
    const error = await fetchArtifact(`${server.url}${path}`, {
      maxBytes,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArtifactError);
    expect((error as ArtifactError).isTooLarge).toBe(true);
    expect((error as Error).message).toContain(`${server.url}${path}: is `);
  });

  test.each([
    { path: "/nothing-here.json", message: "HTTP 404 Not Found" },
    { path: "/broken", message: "HTTP 500 Internal Server Error" },
  ])(
    "HTTP errors name the URL and status: $message",
    async ({ path, message }) => {
      await expect(
        fetchArtifact(`${server.url}${path}`, { maxBytes: LIMIT }),
      ).rejects.toThrow(
        new ArtifactUnavailableError(`${server.url}${path}: ${message}`),
      );
    },
  );

  test.each(["/silent", "/stalls"])(
    "a server that goes quiet (%s) is given up on",
    async (path) => {
      await expect(
        fetchArtifact(`${server.url}${path}`, {
          maxBytes: LIMIT,
          idleTimeoutMs: 300,
        }),
      ).rejects.toThrow(
        new ArtifactUnavailableError(
          `${server.url}${path}: the server sent nothing for 300 ms; gave up`,
        ),
      );
    },
  );

  test("a refused connection names the host", async () => {
    const closed = await startServer({});
    await closed.close();
    const host = new URL(closed.url).host;
    await expect(
      fetchArtifact(`${closed.url}/manifest.json`, { maxBytes: LIMIT }),
    ).rejects.toThrow(
      new ArtifactUnavailableError(
        `${closed.url}/manifest.json: ${host} refused the connection`,
      ),
    );
  });
});
