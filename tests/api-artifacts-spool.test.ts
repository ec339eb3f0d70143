import fs from "node:fs";
import os from "node:os";
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
import { closeDb } from "@/lib/db/client";
import { createToken } from "@/lib/db/tokens";
import {
  admitIngest,
  INGEST_QUEUE,
  INGEST_SLOTS,
} from "@/lib/ingest/ingest-admission";
import { UPLOAD_DIR_PREFIX } from "@/lib/ingest/upload-dir";
import { meteredBody, multipart, postArtifacts } from "@/tests/api";
import { useTestDatabase } from "@/tests/db";
import { REAL_FIXTURES } from "@/tests/fixtures";

const MANIFEST = fs.readFileSync(
  path.join(
    REAL_FIXTURES,
    "astronomer-cosmos/cross_project_upstream/manifest.json",
  ),
);
const MIB = 1024 * 1024;
/** 20 MiB of spaces, about 20 KiB gzipped. */
const GZIP_BOMB = gzipSync(Buffer.alloc(20 * MIB, 0x20));

/** A body that sends its first half, then waits for `release` before the rest. */
function gatedBody(bytes: Uint8Array): {
  body: ReadableStream<Uint8Array>;
  hasStarted: () => boolean;
  release: () => void;
} {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  const half = Math.floor(bytes.length / 2);
  let step = 0;
  const body = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        step++;
        if (step === 1) return controller.enqueue(bytes.subarray(0, half));
        await gate;
        if (step === 2) return controller.enqueue(bytes.subarray(half));
        controller.close();
      },
    },
    { highWaterMark: 0 },
  );
  return { body, hasStarted: () => step > 0, release };
}

describe("the write API spools uploads to temp files and admits a few at a time", () => {
  let admin: string;
  let tmp: string;
  beforeAll(async () => {
    await useTestDatabase();
    admin = (await createToken({ project: null })).secret;
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    fs.rmSync(tmp, { recursive: true, force: true });
  });
  afterAll(closeDb);

  /** Points os.tmpdir() at a directory of this test's own. */
  function useTmpDir(): void {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "spool-test-"));
    vi.stubEnv("TMPDIR", tmp);
  }
  const uploadDirsLeft = () =>
    fs.readdirSync(tmp).filter((name) => name.startsWith(UPLOAD_DIR_PREFIX));

  test.each<{
    name: string;
    env?: Record<string, string>;
    headers?: Record<string, string>;
    body: () => BodyInit;
    status: number;
  }>([
    {
      name: "an ingested multipart upload",
      body: () => multipart({ manifest: gzipSync(MANIFEST) }),
      status: 200,
    },
    {
      name: "a bare body over the limit",
      env: { CATALOG_MAX_ARTIFACT_BYTES: String(100_000) },
      body: () => MANIFEST,
      status: 413,
    },
    {
      name: "a gzip bomb in a part",
      env: { CATALOG_MAX_ARTIFACT_BYTES: String(MIB) },
      body: () => multipart({ manifest: MANIFEST, catalog: GZIP_BOMB }),
      status: 413,
    },
    {
      name: "a body that breaks off (the client went away)",
      body: () =>
        meteredBody(
          MANIFEST.subarray(0, 1000),
          MANIFEST,
          1000,
        ).body.pipeThrough(
          new TransformStream({
            flush(controller) {
              controller.error(new Error("connection reset"));
            },
          }),
        ),
      status: 400,
    },
  ])(
    "$name: $status, and no temp file is left",
    async ({ env = {}, headers, body, status }) => {
      useTmpDir();
      for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
      const response = await postArtifacts("upstream", {
        token: admin,
        headers,
        body: body(),
      });
      expect(response.status).toBe(status);
      expect(uploadDirsLeft()).toEqual([]);
    },
  );

  test("uploads past the slots wait without being read; past the queue, 503 with Retry-After", async () => {
    useTmpDir();
    const bodies = Array.from({ length: INGEST_SLOTS + INGEST_QUEUE }, () =>
      gatedBody(MANIFEST),
    );
    const uploads = bodies.map(({ body }) =>
      postArtifacts("upstream", { token: admin, body }),
    );
    await vi.waitFor(() =>
      expect(bodies.filter((b) => b.hasStarted())).toHaveLength(INGEST_SLOTS),
    );
    expect(bodies.slice(INGEST_SLOTS).some((b) => b.hasStarted())).toBe(false);
    // Every other upload has passed its token check and waits for a turn.
    await vi.waitFor(
      () =>
        expect(admitIngest.load()).toEqual({
          running: INGEST_SLOTS,
          waiting: INGEST_QUEUE,
        }),
      { timeout: 60_000 },
    );

    const extra = meteredBody(MANIFEST, MANIFEST, MANIFEST.length);
    const refused = await postArtifacts("upstream", {
      token: admin,
      body: extra.body,
    });
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(refused.headers.get("cache-control")).toBe("no-store");
    expect(refused.body).toEqual({
      error: { message: "too many uploads at once; retry shortly" },
    });
    expect(extra.pulled()).toBe(0);

    for (const body of bodies) body.release();
    const answers = await Promise.all(uploads);
    expect(answers.map((a) => a.status)).toEqual(bodies.map(() => 200));
    expect(uploadDirsLeft()).toEqual([]);
    // Nine ingests one after another: generous on a loaded two-core machine.
  }, 240_000);
});
