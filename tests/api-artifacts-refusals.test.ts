import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import {
  afterAll,
  afterEach,
  beforeAll,
  describe,
  expect,
  test,
  vi,
} from "vitest";
import { closeDb, getPool } from "@/lib/db/client";
import { createToken } from "@/lib/db/tokens";
import { meteredBody, multipart, postArtifacts } from "@/tests/api";
import { useTestDatabase } from "@/tests/db";
import { readFixture, readFixtureDir, REAL_FIXTURES } from "@/tests/fixtures";
import { ingest, projectFingerprint } from "@/tests/ingest";

const PROJECT = "upstream";
const DIR = "astronomer-cosmos/cross_project_upstream";
const MANIFEST = fs.readFileSync(
  path.join(REAL_FIXTURES, DIR, "manifest.json"),
);
const OTHER_MANIFEST = fs.readFileSync(
  path.join(
    REAL_FIXTURES,
    "astronomer-cosmos/cross_project_downstream/manifest.json",
  ),
);
const KIB = 1024;
const MIB = 1024 * KIB;
const BROKEN_AT = MANIFEST.indexOf('"nodes": {') + '"nodes": {'.length;
/** The manifest with a stray comma inside `nodes`: broken JSON at a known byte. */
const BROKEN_MANIFEST = Buffer.concat([
  MANIFEST.subarray(0, BROKEN_AT),
  Buffer.from(","),
  MANIFEST.subarray(BROKEN_AT),
]);
/** 20 MiB of spaces, about 20 KiB gzipped. */
const GZIP_BOMB = gzipSync(Buffer.alloc(20 * MIB, 0x20));

type Case = {
  name: string;
  project?: string;
  env?: Record<string, string>;
  headers?: Record<string, string>;
  body: () => BodyInit;
  status: number;
  message: string | RegExp;
  file?: string;
};

/** A body that sends `head`, then breaks off as when the client goes away. */
function brokenBody(head: Uint8Array): ReadableStream<Uint8Array> {
  let isHeadSent = false;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (isHeadSent) return controller.error(new Error("connection reset"));
      isHeadSent = true;
      controller.enqueue(head);
    },
  });
}

const CASES: Case[] = [
  {
    name: "a bare manifest over the artifact limit",
    env: { CATALOG_MAX_ARTIFACT_BYTES: String(100_000) },
    body: () => MANIFEST,
    status: 413,
    message: "manifest.json: is over the limit of 98 KiB",
    file: "manifest.json",
  },
  {
    name: "a declared Content-Length over the limit",
    env: { CATALOG_MAX_ARTIFACT_BYTES: String(100_000) },
    headers: { "content-length": String(MANIFEST.length) },
    body: () => MANIFEST,
    status: 413,
    message: "manifest.json: is over the limit of 98 KiB",
    file: "manifest.json",
  },
  {
    name: "a multipart part over the artifact limit",
    env: { CATALOG_MAX_ARTIFACT_BYTES: String(100_000) },
    body: () => multipart({ semantic_manifest: "{}", manifest: MANIFEST }),
    status: 413,
    message: "manifest.json: is over the limit of 98 KiB",
    file: "manifest.json",
  },
  {
    name: "parts each under the artifact limit, together over the upload limit",
    env: { CATALOG_MAX_UPLOAD_BYTES: String(600 * KIB) },
    body: () => multipart({ manifest: MANIFEST, catalog: OTHER_MANIFEST }),
    status: 413,
    message:
      "the upload is over the limit of 600 KiB for all artifacts together",
  },
  {
    name: "a gzip bomb as a bare body",
    env: { CATALOG_MAX_ARTIFACT_BYTES: String(MIB) },
    headers: { "content-type": "application/gzip" },
    body: () => GZIP_BOMB,
    status: 413,
    message: "manifest.json: decompresses to more than the limit of 1.0 MiB",
    file: "manifest.json",
  },
  {
    name: "a gzip bomb as a multipart part",
    env: { CATALOG_MAX_ARTIFACT_BYTES: String(MIB) },
    body: () => multipart({ manifest: MANIFEST, catalog: GZIP_BOMB }),
    status: 413,
    message: "catalog.json: decompresses to more than the limit of 1.0 MiB",
    file: "catalog.json",
  },
  {
    name: "invalid JSON",
    headers: { "content-type": "application/json" },
    body: () => BROKEN_MANIFEST,
    status: 422,
    message: new RegExp(
      `^manifest\\.json: is not valid JSON: .* \\(at byte ${BROKEN_AT}\\)$`,
    ),
    file: "manifest.json",
  },
  {
    name: "an empty body",
    body: () => "",
    status: 422,
    message: "manifest.json: is empty",
    file: "manifest.json",
  },
  {
    name: "a catalog.json sent as the manifest",
    body: () => multipart({ manifest: readFixture("tuva/catalog.json").bytes }),
    status: 422,
    message: "manifest.json: is a catalog.json, not a manifest.json",
    file: "manifest.json",
  },
  {
    name: "a manifest for another project than the URL's",
    project: "finance",
    body: () => MANIFEST,
    status: 422,
    message: 'the manifest is for project "upstream", not "finance"',
  },
  {
    name: "an unknown multipart field",
    body: () => multipart({ manifest: MANIFEST, manifest_v2: MANIFEST }),
    status: 422,
    message:
      'unknown field "manifest_v2": expected files named manifest, catalog, run_results, sources, semantic_manifest',
  },
  {
    name: "a multipart upload without a manifest",
    body: () => multipart({ semantic_manifest: "{}" }),
    status: 422,
    message: "manifest.json: is required and was not given",
    file: "manifest.json",
  },
  {
    name: "an artifact sent as a text field",
    body: () => {
      const form = new FormData();
      form.append("manifest", "{}");
      return form;
    },
    status: 422,
    message:
      'field "manifest" must be a file upload (curl -F manifest=@target/manifest.json)',
    file: "manifest.json",
  },
  {
    name: "an artifact sent twice",
    body: () => {
      const form = multipart({ manifest: MANIFEST });
      form.append(
        "manifest",
        new Blob([new Uint8Array(MANIFEST)]),
        "again.json",
      );
      return form;
    },
    status: 422,
    message: 'field "manifest" is given more than once',
    file: "manifest.json",
  },
  {
    name: "Content-Encoding: gzip on a body that is not gzip",
    headers: { "content-encoding": "gzip" },
    body: () => MANIFEST,
    status: 422,
    message:
      "manifest.json: Content-Encoding says gzip, but the body is not gzip",
    file: "manifest.json",
  },
  {
    name: "a Content-Encoding the pipeline cannot undo",
    headers: { "content-encoding": "br" },
    body: () => MANIFEST,
    status: 415,
    message: "Content-Encoding br is not accepted: send gzip or plain JSON",
  },
  {
    name: "a multipart type other than form-data",
    headers: { "content-type": "multipart/mixed; boundary=x" },
    body: () => MANIFEST,
    status: 415,
    message:
      "multipart/mixed is not accepted: send multipart/form-data or a bare manifest",
  },
  {
    name: "multipart without a boundary",
    headers: { "content-type": "multipart/form-data" },
    body: () => MANIFEST,
    status: 400,
    message: "the multipart body cannot be read: Multipart: Boundary not found",
  },
  {
    name: "a multipart body cut short",
    headers: { "content-type": "multipart/form-data; boundary=cut" },
    body: () =>
      Buffer.concat([
        Buffer.from(
          '--cut\r\ncontent-disposition: form-data; name="manifest"; filename="m.json"\r\n\r\n',
        ),
        MANIFEST.subarray(0, 1000),
      ]),
    status: 400,
    message: "the multipart body cannot be read: Unexpected end of form",
  },
  {
    name: "a bare body that breaks off",
    body: () => brokenBody(MANIFEST.subarray(0, 1000)),
    status: 400,
    message: "the request body could not be read: connection reset",
  },
  {
    name: "a multipart body that breaks off",
    headers: { "content-type": "multipart/form-data; boundary=cut" },
    body: () =>
      brokenBody(
        Buffer.from(
          '--cut\r\ncontent-disposition: form-data; name="manifest"; filename="m.json"\r\n\r\n{',
        ),
      ),
    status: 400,
    message: "the request body could not be read: connection reset",
  },
];

describe("the write API refuses bad uploads with the right status and loses nothing", () => {
  let admin: string;
  let before: unknown;
  beforeAll(async () => {
    await useTestDatabase();
    await ingest(readFixtureDir(DIR));
    before = await projectFingerprint(PROJECT);
    admin = (await createToken({ project: null })).secret;
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });
  afterAll(closeDb);

  test.each(CASES)(
    "$name: $status",
    async ({ project, env = {}, headers, body, status, message, file }) => {
      for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
      const response = await postArtifacts(project ?? PROJECT, {
        token: admin,
        headers,
        body: body(),
      });
      expect(response.status).toBe(status);
      expect(response.body).toEqual({
        error: {
          message:
            typeof message === "string"
              ? message
              : (expect.stringMatching(message) as string),
          ...(file ? { file } : {}),
        },
      });
      expect(await projectFingerprint(PROJECT)).toEqual(before);
      const run = await getPool().query(
        "SELECT origin, status, error FROM ingest_runs ORDER BY id DESC LIMIT 1",
      );
      expect(run.rows[0]).toEqual({
        origin: "api",
        status: "rejected",
        error: (response.body as { error: { message: string } }).error.message,
      });
    },
  );

  describe("stops reading an oversized body at the limit, not at its end", () => {
    const CHUNK = Buffer.alloc(64 * KIB, 0x20);
    const SENT_AT_MOST = 256 * MIB;
    const PART_HEAD = Buffer.from(
      '--limit\r\ncontent-disposition: form-data; name="manifest"; filename="manifest.json"\r\ncontent-type: application/json\r\n\r\n{',
    );

    test("a declared Content-Length over the limit: refused before reading a byte", async () => {
      vi.stubEnv("CATALOG_MAX_UPLOAD_BYTES", String(MIB));
      const source = meteredBody(PART_HEAD, CHUNK, SENT_AT_MOST);
      const response = await postArtifacts(PROJECT, {
        token: admin,
        headers: {
          "content-type": "multipart/form-data; boundary=limit",
          "content-length": String(SENT_AT_MOST),
        },
        body: source.body,
      });
      expect(response.status).toBe(413);
      expect(source.pulled()).toBe(0);
    });

    test.each<{
      name: string;
      env: Record<string, string>;
      headers: Record<string, string>;
      head: Buffer;
      message: string;
    }>([
      {
        name: "a bare body",
        env: { CATALOG_MAX_ARTIFACT_BYTES: String(MIB) },
        headers: { "content-type": "application/json" },
        head: Buffer.from("{"),
        message: "manifest.json: is over the limit of 1.0 MiB",
      },
      {
        name: "a multipart part",
        env: { CATALOG_MAX_ARTIFACT_BYTES: String(MIB) },
        headers: { "content-type": "multipart/form-data; boundary=limit" },
        head: PART_HEAD,
        message: "manifest.json: is over the limit of 1.0 MiB",
      },
      {
        name: "a multipart upload",
        env: { CATALOG_MAX_UPLOAD_BYTES: String(MIB) },
        headers: { "content-type": "multipart/form-data; boundary=limit" },
        head: PART_HEAD,
        message:
          "the upload is over the limit of 1.0 MiB for all artifacts together",
      },
    ])("$name", async ({ env, headers, head, message }) => {
      for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
      const source = meteredBody(head, CHUNK, SENT_AT_MOST);
      const response = await postArtifacts(PROJECT, {
        token: admin,
        headers,
        body: source.body,
      });
      expect(response.status).toBe(413);
      expect(response.body).toMatchObject({ error: { message } });
      // Read up to the limit and at most a couple of chunks past it, then let go.
      expect(source.pulled()).toBeGreaterThan(MIB);
      expect(source.pulled()).toBeLessThanOrEqual(
        MIB + head.length + 2 * CHUNK.length,
      );
      expect(source.wasCancelled()).toBe(true);
    });
  });
});
