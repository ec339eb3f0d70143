import "server-only";
import { getPrisma } from "../client";
import type { PrismaClient } from "../generated/client";

export type Reader = Omit<
  PrismaClient,
  "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends"
>;

/**
 * Runs a page's queries in one REPEATABLE READ transaction, so that a page
 * built from several queries sees one snapshot even while an ingest commits.
 */
export function readSnapshot<T>(read: (db: Reader) => Promise<T>): Promise<T> {
  return getPrisma().$transaction((tx) => read(tx), {
    isolationLevel: "RepeatableRead",
  });
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
