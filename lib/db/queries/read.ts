import "server-only";
import { getPrisma } from "../client";
import type { PrismaClient } from "../generated/client";

export type Reader = Omit<
  PrismaClient,
  "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends"
>;

/**
 * How long one statement of a read may run. Pages and API answers read in
 * milliseconds; a statement still running after this is a pathological
 * input or plan, and it would hold a pooled connection that every other
 * reader needs (the API answers 503, see withApiErrors).
 */
export const READ_STATEMENT_TIMEOUT_MS = 10_000;

/**
 * How long a read waits for a pooled connection before it gives up. Prisma's
 * default, 2 s, failed product pages under 20 readers on a CPU-starved
 * server (an upload ingesting, other work on the machine): the shell had
 * gone out with 200, and the page showed its error. A connection comes back
 * within about one statement's time, so a read waits that long for a turn.
 */
export const READ_CONNECTION_WAIT_MS = READ_STATEMENT_TIMEOUT_MS;

/**
 * How long a read's whole transaction may stay open: a page runs a few
 * statements one after another, with the server's own work between them.
 * Prisma's default, 5 s, expired pages' transactions mid-read on a server
 * starved of CPU; a transaction left open still ends here.
 */
export const READ_TRANSACTION_TIMEOUT_MS = 3 * READ_STATEMENT_TIMEOUT_MS;

/** `SET LOCAL` of the read timeout, first in every read transaction. */
export const SET_READ_TIMEOUT = `SET LOCAL statement_timeout = ${READ_STATEMENT_TIMEOUT_MS}`;

/**
 * Runs a page's queries in one REPEATABLE READ transaction, so that a page
 * built from several queries sees one snapshot even while an ingest commits,
 * each statement bounded by READ_STATEMENT_TIMEOUT_MS, the wait for a
 * connection by READ_CONNECTION_WAIT_MS and the whole by
 * READ_TRANSACTION_TIMEOUT_MS.
 */
export function readSnapshot<T>(read: (db: Reader) => Promise<T>): Promise<T> {
  return getPrisma().$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(SET_READ_TIMEOUT);
      return read(tx);
    },
    {
      isolationLevel: "RepeatableRead",
      maxWait: READ_CONNECTION_WAIT_MS,
      timeout: READ_TRANSACTION_TIMEOUT_MS,
    },
  );
}

/** ISO text for a date column (pages and JSON both want strings). */
export function toIso(date: Date | null | undefined): string | null {
  return date ? date.toISOString() : null;
}

/** A JSON column as a plain object (dbt meta, config, counts). */
export function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

type Reads = readonly (() => PromiseLike<unknown>)[];

/**
 * Runs reads one after another. Inside `readSnapshot` every query shares the
 * transaction's one connection, which serves a single query at a time.
 */
export async function inSequence<T extends Reads>(
  ...reads: T
): Promise<{ -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> }> {
  const results: unknown[] = [];
  for (const read of reads) results.push(await read());
  return results as { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };
}
