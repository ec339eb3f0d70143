import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import pg from "pg";

/** Arbitrary constant naming the advisory lock that serializes migration runs. */
const MIGRATION_LOCK_KEY = 72_640_001;
const MIGRATIONS_DIR = path.resolve("prisma/migrations");

export type Migration = { name: string; sql: string; checksum: string };

export type MigrationReport = { applied: string[]; alreadyApplied: number };

/** Reads `prisma/migrations/<timestamp>_<name>/migration.sql`, oldest first. */
export async function readMigrations(
  dir: string = MIGRATIONS_DIR,
): Promise<Migration[]> {
  const entries = await fs.readdir(/* turbopackIgnore: true */ dir, {
    withFileTypes: true,
  });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const file = path.join(
        /* turbopackIgnore: true */ dir,
        name,
        "migration.sql",
      );
      const sql = await fs.readFile(/* turbopackIgnore: true */ file, "utf8");
      return {
        name,
        sql,
        checksum: createHash("sha256").update(sql).digest("hex"),
      };
    }),
  );
}

/**
 * Applies pending migrations, each in its own transaction, under an advisory
 * lock so that concurrent runs wait for each other. A migration that was
 * applied and whose file has since changed is an error, never re-run.
 */
export async function migrate(
  databaseUrl: string,
  dir: string = MIGRATIONS_DIR,
): Promise<MigrationReport> {
  const migrations = await readMigrations(dir);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    await client.query(`CREATE TABLE IF NOT EXISTS _catalog_migrations (
      name text PRIMARY KEY,
      checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const applied = await readApplied(client);
    assertUnchanged(migrations, applied);
    const pending = migrations.filter((m) => !applied.has(m.name));
    for (const migration of pending) await applyOne(client, migration);
    return {
      applied: pending.map((m) => m.name),
      alreadyApplied: applied.size,
    };
  } finally {
    await client
      .query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY])
      .catch(() => {});
    await client.end();
  }
}

async function readApplied(client: pg.Client): Promise<Map<string, string>> {
  const result = await client.query<{ name: string; checksum: string }>(
    "SELECT name, checksum FROM _catalog_migrations",
  );
  return new Map(result.rows.map((r) => [r.name, r.checksum]));
}

function assertUnchanged(
  migrations: Migration[],
  applied: Map<string, string>,
): void {
  for (const migration of migrations) {
    const checksum = applied.get(migration.name);
    if (checksum !== undefined && checksum !== migration.checksum) {
      throw new Error(
        `Migration ${migration.name} was changed after it was applied (checksum ${checksum.slice(0, 12)}… in the database, ` +
          `${migration.checksum.slice(0, 12)}… on disk). Restore the file and add a new migration instead.`,
      );
    }
  }
}

async function applyOne(
  client: pg.Client,
  migration: Migration,
): Promise<void> {
  await client.query("BEGIN");
  try {
    await client.query(migration.sql);
    await client.query(
      "INSERT INTO _catalog_migrations (name, checksum) VALUES ($1, $2)",
      [migration.name, migration.checksum],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Migration ${migration.name} failed: ${reason}`, {
      cause: error,
    });
  }
}

export type MigrationStatus = {
  /** On disk, not applied to the database yet. */
  pending: string[];
  /** Applied, and changed on disk since. */
  changed: string[];
};

/**
 * Compares the migrations on disk with those the database has applied,
 * without applying anything or taking the migration lock: what readiness
 * reports.
 */
export async function readMigrationStatus(
  client: pg.Pool | pg.Client,
  dir: string = MIGRATIONS_DIR,
): Promise<MigrationStatus> {
  const migrations = await readMigrations(dir);
  const table = await client.query<{ exists: boolean }>(
    "SELECT to_regclass('_catalog_migrations') IS NOT NULL AS exists",
  );
  const applied = table.rows[0]?.exists
    ? new Map(
        (
          await client.query<{ name: string; checksum: string }>(
            "SELECT name, checksum FROM _catalog_migrations",
          )
        ).rows.map((r) => [r.name, r.checksum]),
      )
    : new Map<string, string>();
  return {
    pending: migrations.filter((m) => !applied.has(m.name)).map((m) => m.name),
    changed: migrations
      .filter((m) => {
        const checksum = applied.get(m.name);
        return checksum !== undefined && checksum !== m.checksum;
      })
      .map((m) => m.name),
  };
}
