import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { GET as ready } from "@/app/api/ready/route";
import { closeDb, getPool } from "@/lib/db/client";
import { readMigrations } from "@/lib/db/migrate";
import { useTestDatabase } from "@/tests/db";

type Check = { name: string; isOk: boolean; message: string };

async function readReady() {
  const response = await ready();
  const body = (await response.json()) as { status: string; checks: Check[] };
  const failing = body.checks.filter((c) => !c.isOk);
  return { response, body, failing };
}

describe("GET /api/health and GET /api/ready", () => {
  let dir: string;
  beforeAll(async () => {
    await useTestDatabase();
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "readiness-"));
  });
  afterEach(() => {
    delete process.env.CATALOG_POLICY_FILE;
    delete process.env.CATALOG_SOURCES_FILE;
  });
  afterAll(async () => {
    await closeDb();
    await fs.rm(dir, { recursive: true, force: true });
  });

  test("alive is 200 whatever the database", async () => {
    const response = health();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "alive" });
  });

  test("ready on a migrated database with a valid policy, check by check", async () => {
    const { response, body } = await readReady();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(body.status).toBe("ready");
    expect(body.checks.map((c) => [c.name, c.isOk])).toEqual([
      ["environment", true],
      ["database", true],
      ["migrations", true],
      ["policy", true],
      ["sources", true],
    ]);
  });

  test("a missing migration makes it not ready, naming the migration", async () => {
    const newest = (await readMigrations()).at(-1)?.name ?? "";
    const { rows } = await getPool().query<{ checksum: string }>(
      "DELETE FROM _catalog_migrations WHERE name = $1 RETURNING checksum",
      [newest],
    );
    try {
      const { response, body, failing } = await readReady();
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe("5");
      expect(body.status).toBe("not ready");
      expect(failing).toEqual([
        {
          name: "migrations",
          isOk: false,
          message: `not applied yet: ${newest}`,
        },
      ]);
    } finally {
      await getPool().query(
        "INSERT INTO _catalog_migrations (name, checksum) VALUES ($1, $2)",
        [newest, rows[0]?.checksum],
      );
    }
  });

  test("a policy file that does not parse makes it not ready, naming the file", async () => {
    const file = path.join(dir, "bad-policy.yml");
    await fs.writeFile(file, "levels: [unclosed\n");
    process.env.CATALOG_POLICY_FILE = file;
    const { response, failing } = await readReady();
    expect(response.status).toBe(503);
    expect(failing.map((c) => c.name)).toEqual(["policy"]);
    expect(failing[0]?.message).toContain("bad-policy.yml");
  });

  test("a policy file that is named but missing makes it not ready", async () => {
    process.env.CATALOG_POLICY_FILE = path.join(dir, "nowhere.yml");
    const { failing } = await readReady();
    expect(failing).toEqual([
      expect.objectContaining({
        name: "policy",
        message: expect.stringContaining("cannot be read") as string,
      }),
    ]);
  });

  test("a sources file with a bad entry makes it not ready, naming its line and entry", async () => {
    const file = path.join(dir, "sources.yml");
    await fs.writeFile(
      file,
      "manifests:\n  - name: sales\n    type: s3\n    config: { bucket_name: b }\n",
    );
    process.env.CATALOG_SOURCES_FILE = file;
    const { response, failing } = await readReady();
    expect(response.status).toBe(503);
    expect(failing).toEqual([
      {
        name: "sources",
        isOk: false,
        message: `${file}:4: manifests[0] (sales).config.object_name: Invalid input: expected string, received undefined`,
      },
    ]);
  });
});
