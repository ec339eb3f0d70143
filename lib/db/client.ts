import pg from "pg";
import { reportConnectionLost } from "./availability";
import { PrismaClient } from "./generated/client";
import { createPgAdapter } from "./serial-transactions";
import { getLogger } from "@/lib/ops/logger";
import { setPoolReader } from "@/lib/ops/metrics";

type Db = { url: string; pool: pg.Pool; prisma: PrismaClient };

// Kept on globalThis so that Next's dev-mode module reloads reuse one pool.
const holder = globalThis as typeof globalThis & { __meshCatalogDb?: Db };

setPoolReader(() => {
  const pool = holder.__meshCatalogDb?.pool;
  return pool
    ? {
        total: pool.totalCount,
        idle: pool.idleCount,
        waiting: pool.waitingCount,
      }
    : null;
});

/** A connection not had in this time fails the request (a 503), rather than hanging it. */
const CONNECT_TIMEOUT_MS = 10_000;

/**
 * The process's one pg pool and the one Prisma client on top of it, created on
 * first use from DATABASE_URL (set by `connectDatabase` for the embedded
 * cluster). When the URL changes (the embedded cluster came back on another
 * port), the next query opens a new pool and the old one is closed.
 */
function getDb(): Db {
  const url = process.env.DATABASE_URL;
  if (!url) throw createNotConnectedError();
  const existing = holder.__meshCatalogDb;
  if (existing?.url === url) return existing;
  if (existing) void closeQuietly(existing);
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  });
  // A connection the server closed or lost is dropped from the pool (pg-pool
  // does it, idle or on release), and the next query opens a fresh one: the
  // pool recovers by itself once the server is back. Meanwhile the server's
  // supervisor is told at once (pages answer 503, not 500). When the server
  // shuts down (57P01) that is expected; anything else is worth a line.
  pool.on("error", (error: Error & { code?: string }) => {
    reportConnectionLost();
    if (error.code !== "57P01")
      getLogger().error(
        { err: error.message, code: error.code },
        "Postgres pool error",
      );
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

async function closeQuietly(db: Db): Promise<void> {
  await db.prisma.$disconnect().catch(() => undefined);
  await db.pool.end().catch(() => undefined);
}

/**
 * Marked as the database being unreachable (the API answers 503): in the
 * server, this is the time before the database was first had.
 */
function createNotConnectedError(): Error {
  return Object.assign(
    new Error(
      "DATABASE_URL is not set: call connectDatabase() before querying",
    ),
    { kind: "DatabaseNotReachable" },
  );
}
