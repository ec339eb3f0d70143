import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { useTestDatabase } from "@/tests/db";
import { getPrisma, closeDb } from "./client";
import { migrate, readMigrations, readMigrationStatus } from "./migrate";

describe("migrate", () => {
  let url: string;
  beforeAll(async () => {
    url = await useTestDatabase();
  });
  afterAll(closeDb);

  test("the template database has every migration applied and nothing pending", async () => {
    const report = await migrate(url);
    expect(report.applied).toEqual([]);
    expect(report.alreadyApplied).toBe((await readMigrations()).length);
  });

  test("the SQL schema matches the Prisma schema: every model reads through the client", async () => {
    const prisma = getPrisma();
    const counts = await Promise.all([
      prisma.project.count(),
      prisma.package.count(),
      prisma.node.count(),
      prisma.column.count(),
      prisma.edge.count(),
      prisma.test.count(),
      prisma.runResult.count(),
      prisma.sourceFreshness.count(),
      prisma.catalogEntry.count(),
      prisma.group.count(),
      prisma.docBlock.count(),
      prisma.ingestRun.count(),
      prisma.apiToken.count(),
      prisma.sourcePull.count(),
    ]);
    expect(counts.every((c) => c === 0)).toBe(true);
    const project = await prisma.project.create({ data: { name: "p" } });
    const node = await prisma.node.create({
      data: {
        projectId: project.id,
        uniqueId: "model.p.a",
        resourceType: "model",
        name: "a",
        packageName: "p",
      },
      select: { id: true, tags: true, fqn: true, meta: true },
    });
    expect(node).toMatchObject({ tags: [], fqn: [], meta: {} });
    expect(typeof node.id).toBe("bigint");
  });

  describe("against a scratch migrations folder", () => {
    let dir: string;
    let scratchUrl: string;
    beforeAll(async () => {
      dir = await fs.mkdtemp(path.join(os.tmpdir(), "migrations-"));
      await writeMigration(dir, "20200101000000_a", "CREATE TABLE a (id int);");
      await writeMigration(dir, "20200102000000_b", "CREATE TABLE b (id int);");
      scratchUrl = await createEmptyDatabase(url);
    });
    afterAll(() => fs.rm(dir, { recursive: true, force: true }));

    test("two concurrent runs apply each migration exactly once", async () => {
      const [first, second] = await Promise.all([
        migrate(scratchUrl, dir),
        migrate(scratchUrl, dir),
      ]);
      expect([...first.applied, ...second.applied].sort()).toEqual([
        "20200101000000_a",
        "20200102000000_b",
      ]);
    });

    test("a migration whose file changed after it was applied is an error", async () => {
      await writeMigration(
        dir,
        "20200101000000_a",
        "CREATE TABLE a (id bigint);",
      );
      await expect(migrate(scratchUrl, dir)).rejects.toThrow(
        /20200101000000_a was changed after it was applied/,
      );
    });

    test("a failing migration rolls back and names itself", async () => {
      await writeMigration(dir, "20200101000000_a", "CREATE TABLE a (id int);");
      await writeMigration(
        dir,
        "20200103000000_c",
        "CREATE TABLE c (id int); SELECT no_such_function();",
      );
      await expect(migrate(scratchUrl, dir)).rejects.toThrow(
        /Migration 20200103000000_c failed/,
      );
      const client = new pg.Client({ connectionString: scratchUrl });
      await client.connect();
      const table = await client.query("SELECT to_regclass('c') AS c");
      await client.end();
      expect(table.rows[0]).toEqual({ c: null });
    });

    test("the status names what is pending and what changed after it was applied", async () => {
      const client = new pg.Client({ connectionString: scratchUrl });
      await client.connect();
      try {
        expect(await readMigrationStatus(client, dir)).toEqual({
          pending: ["20200103000000_c"],
          changed: [],
        });
        await writeMigration(dir, "20200102000000_b", "CREATE TABLE b ();");
        expect(await readMigrationStatus(client, dir)).toEqual({
          pending: ["20200103000000_c"],
          changed: ["20200102000000_b"],
        });
      } finally {
        await client.end();
      }
    });

    test("a database never migrated has every migration pending", async () => {
      const client = new pg.Client({
        connectionString: await createEmptyDatabase(url),
      });
      await client.connect();
      try {
        expect((await readMigrationStatus(client, dir)).pending).toHaveLength(
          3,
        );
      } finally {
        await client.end();
      }
    });
  });
});

async function writeMigration(
  dir: string,
  name: string,
  sql: string,
): Promise<void> {
  await fs.mkdir(path.join(dir, name), { recursive: true });
  await fs.writeFile(path.join(dir, name, "migration.sql"), sql);
}

async function createEmptyDatabase(baseUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  const name = `scratch_${Date.now()}`;
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
