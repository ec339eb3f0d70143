import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { closeDb, getPool } from "@/lib/db/client";
import { createToken } from "@/lib/db/tokens";
import { multipart, postArtifacts } from "@/tests/api";
import { useTestDatabase } from "@/tests/db";
import { REAL_FIXTURES } from "@/tests/fixtures";

const PROJECT = "upstream";
const MANIFEST = fs.readFileSync(
  path.join(
    REAL_FIXTURES,
    "astronomer-cosmos/cross_project_upstream/manifest.json",
  ),
  "utf8",
);

/** The real manifest with one model's meta nested `levels` deep. */
function withDeepMeta(levels: number): string {
  const manifest = JSON.parse(MANIFEST) as {
    nodes: Record<string, { resource_type: string; meta?: unknown }>;
  };
  const model = Object.values(manifest.nodes).find(
    (node) => node.resource_type === "model",
  );
  if (!model) throw new Error("the fixture has no model");
  model.meta = "__DEEP__";
  const deep = `${'{"a":'.repeat(levels)}1${"}".repeat(levels)}`;
  return JSON.stringify(manifest).replace('"__DEEP__"', deep);
}

let token = "";
beforeAll(async () => {
  await useTestDatabase();
  token = (await createToken({ project: PROJECT, label: "ci" })).secret;
});
afterAll(closeDb);

test("a manifest nested 10,000 levels deep gets a clear 422, and the next upload is served at once", async () => {
  const refused = await postArtifacts(PROJECT, {
    token,
    body: multipart({ manifest: withDeepMeta(10_000) }),
  });
  expect(refused.status).toBe(422);
  expect(refused.body).toMatchObject({
    error: {
      file: "manifest.json",
      message: expect.stringMatching(
        /nests objects and arrays more than 128 levels deep/,
      ) as unknown,
    },
  });
  // Nothing was left holding a lock or a connection.
  const { rows } = await getPool().query<{ n: number }>(
    "SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory'",
  );
  expect(rows[0]?.n).toBe(0);
  const accepted = await postArtifacts(PROJECT, {
    token,
    body: multipart({ manifest: withDeepMeta(20) }),
  });
  expect(accepted.status).toBe(200);
});
