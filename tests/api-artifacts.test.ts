import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { closeDb, getPool } from "@/lib/db/client";
import { createToken, revokeToken } from "@/lib/db/tokens";
import { multipart, postArtifacts } from "@/tests/api";
import { REAL_FIXTURES } from "@/tests/fixtures";
import { projectFingerprint, storedCounts } from "@/tests/ingest";
import { useTestDatabase } from "@/tests/db";

const read = (relative: string) =>
  fs.readFileSync(path.join(REAL_FIXTURES, "astronomer-cosmos", relative));
const UPSTREAM_MANIFEST = read("cross_project_upstream/manifest.json");
const UPSTREAM_SEMANTIC = read("cross_project_upstream/semantic_manifest.json");
const DOWNSTREAM_MANIFEST = read("cross_project_downstream/manifest.json");

type Tokens = Record<"upstream" | "admin" | "revoked", string> & {
  upstreamId: number;
};

describe("POST /api/v1/projects/{project}/artifacts", () => {
  let tokens: Tokens;
  beforeAll(async () => {
    await useTestDatabase();
    const upstream = await createToken({ project: "upstream", label: "ci" });
    const admin = await createToken({ project: null });
    const revoked = await createToken({ project: "upstream" });
    await revokeToken(revoked.token.id);
    tokens = {
      upstream: upstream.secret,
      upstreamId: upstream.token.id,
      admin: admin.secret,
      revoked: revoked.secret,
    };
  });
  afterAll(closeDb);

  describe("refuses callers without a valid token, before reading the body", () => {
    test.each([
      {
        name: "no Authorization header",
        authorization: undefined,
        message: "send a token: Authorization: Bearer <token>",
        challenge: 'Bearer realm="mesh-catalog"',
      },
      {
        name: "a malformed header",
        authorization: "Token abc",
        message: "the Authorization header is not of the form: Bearer <token>",
        challenge: 'Bearer realm="mesh-catalog", error="invalid_token"',
      },
      {
        name: "an unknown token",
        authorization: `Bearer mc_${"x".repeat(43)}`,
        message: "the token is not valid",
        challenge: 'Bearer realm="mesh-catalog", error="invalid_token"',
      },
      {
        name: "a revoked token",
        authorization: () => `Bearer ${tokens.revoked}`,
        // Told apart from an unknown one nowhere a caller can see.
        message: "the token is not valid",
        challenge: 'Bearer realm="mesh-catalog", error="invalid_token"',
      },
    ])("$name: 401", async ({ authorization, message, challenge }) => {
      const header =
        typeof authorization === "function" ? authorization() : authorization;
      const headers: Record<string, string> = header
        ? { authorization: header }
        : {};
      const response = await postArtifacts("upstream", {
        headers,
        body: UPSTREAM_MANIFEST,
      });
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toBe(challenge);
      expect(response.body).toEqual({ error: { message } });
      expect(await projectFingerprint("upstream")).toBeNull();
    });
  });

  test("a project token cannot write another project: 403", async () => {
    const response = await postArtifacts("downstream", {
      token: tokens.upstream,
      body: DOWNSTREAM_MANIFEST,
    });
    expect(response.status).toBe(403);
    expect(response.body).toEqual({
      error: {
        message: 'this token writes project "upstream", not "downstream"',
      },
    });
    expect(await projectFingerprint("downstream")).toBeNull();
  });

  test("a project name that dbt would refuse is a bad request: 400", async () => {
    const response = await postArtifacts("my-project", {
      token: tokens.admin,
      body: DOWNSTREAM_MANIFEST,
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      error: {
        message: expect.stringMatching(
          /^project "my-project" is not a dbt project name/,
        ) as string,
      },
    });
  });

  describe("ingests, in order", () => {
    test("an admin token writes any project: a bare gzipped manifest", async () => {
      const response = await postArtifacts("downstream", {
        token: tokens.admin,
        headers: { "content-type": "application/gzip" },
        body: gzipSync(DOWNSTREAM_MANIFEST),
      });
      expect(response.status).toBe(200);
      const counts = await storedCounts("downstream");
      expect(counts.model).toBeGreaterThan(0);
      expect(response.body).toEqual({
        project: "downstream",
        status: "ingested",
        artifacts: ["manifest"],
        counts: expect.objectContaining(counts) as unknown,
        nodes: Object.values(counts).reduce((a, b) => a + b, 0),
        edges: expect.any(Number) as number,
        crossProjectRefs: { resolved: 0, unresolved: 6 },
        incomingRefsResolved: 0,
        carriedOver: { runResults: 0, freshness: 0, catalog: 0 },
        warnings: expect.any(Array) as unknown,
        durationMs: expect.any(Number) as number,
      });
    });

    test.each<{
      name: string;
      headers: Record<string, string>;
      body: () => Uint8Array<ArrayBuffer>;
    }>([
      {
        name: "bare JSON",
        headers: { "content-type": "application/json" },
        body: () => DOWNSTREAM_MANIFEST,
      },
      {
        name: "Content-Encoding: gzip",
        headers: {
          "content-type": "application/json",
          "content-encoding": "gzip",
        },
        body: () => gzipSync(DOWNSTREAM_MANIFEST),
      },
      {
        name: "gzip bytes under another content type",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: () => gzipSync(DOWNSTREAM_MANIFEST),
      },
    ])(
      "the same manifest again, as $name, is unchanged",
      async ({ headers, body }) => {
        const before = await projectFingerprint("downstream");
        const response = await postArtifacts("downstream", {
          token: tokens.admin,
          headers,
          body: body(),
        });
        expect(response.status).toBe(200);
        expect(response.body).toMatchObject({
          project: "downstream",
          status: "unchanged",
        });
        expect(await projectFingerprint("downstream")).toEqual(before);
      },
    );

    test("a project token writes its project: multipart, resolving the consumer's refs", async () => {
      const response = await postArtifacts("upstream", {
        token: tokens.upstream,
        body: multipart({
          manifest: UPSTREAM_MANIFEST,
          semantic_manifest: UPSTREAM_SEMANTIC,
        }),
      });
      expect(response.status).toBe(200);
      const counts = await storedCounts("upstream");
      expect(response.body).toMatchObject({
        project: "upstream",
        status: "ingested",
        artifacts: ["manifest", "semantic_manifest"],
        counts: expect.objectContaining(counts) as unknown,
        crossProjectRefs: { resolved: 0, unresolved: 0 },
        incomingRefsResolved: 6,
      });
      const run = await getPool().query(
        "SELECT project_name, origin, status, token_id FROM ingest_runs ORDER BY id DESC LIMIT 1",
      );
      expect(run.rows[0]).toEqual({
        project_name: "upstream",
        origin: "api",
        status: "ingested",
        token_id: tokens.upstreamId,
      });
      const used = await getPool().query<{ last_used_at: Date | null }>(
        "SELECT last_used_at FROM api_tokens WHERE id = $1",
        [tokens.upstreamId],
      );
      expect(used.rows[0]?.last_used_at).toBeInstanceOf(Date);
    });

    test("the same artifacts again, the manifest part gzipped, are unchanged", async () => {
      const before = await projectFingerprint("upstream");
      const response = await postArtifacts("upstream", {
        token: tokens.upstream,
        body: multipart({
          manifest: gzipSync(UPSTREAM_MANIFEST),
          semantic_manifest: UPSTREAM_SEMANTIC,
        }),
      });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ status: "unchanged" });
      expect(await projectFingerprint("upstream")).toEqual(before);
    });
  });
});
