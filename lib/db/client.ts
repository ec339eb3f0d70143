import pg from "pg";
import { PrismaClient } from "./generated/client";
import { createPgAdapter } from "./serial-transactions";

type Db = { url: string; pool: pg.Pool; prisma: PrismaClient };

// Kept on globalThis so that Next's dev-mode module reloads reuse one pool.
const holder = globalThis as typeof globalThis & { __meshCatalogDb?: Db };

/**
 * The process's one pg pool and the one Prisma client on top of it, created on
 * first use from DATABASE_URL (set by `connectDatabase` for the embedded cluster).
 */
function getDb(): Db {
  const url = process.env.DATABASE_URL;
  if (!url)
    throw new Error(
      "DATABASE_URL is not set: call connectDatabase() before querying",
    );
  const existing = holder.__meshCatalogDb;
  if (existing?.url === url) return existing;
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection closed by the server is dropped from the pool. When the
  // server shuts down (57P01) that is expected; anything else is worth a line.
  pool.on("error", (error: Error & { code?: string }) => {
    if (error.code !== "57P01")
      console.error("Postgres pool error:", error.message);
  });
  const prisma = new PrismaClient({ adapter: createPgAdapter(pool) });
  holder.__meshCatalogDb = { url, pool, prisma };
  return holder.__meshCatalogDb;
}

export function getPrisma(): PrismaClient {
  return getDb().prisma;
}

/** The raw pool, for the bulk writer (COPY) and recursive queries. */
export function getPool(): pg.Pool {
  return getDb().pool;
}

/** Closes the pool; the next query opens a new one. */
export async function closeDb(): Promise<void> {
  const db = holder.__meshCatalogDb;
  if (!db) return;
  holder.__meshCatalogDb = undefined;
  await db.prisma.$disconnect();
  await db.pool.end();
}
