import "server-only";
import type pg from "pg";
import { getPool } from "./client";

/**
 * Cancels what `client` is running when `signal` aborts (the HTTP client went
 * away): without it, a search whose caller had left kept its connection busy
 * for as long as the query ran. Returns a function that stops listening.
 */
export function cancelOnAbort(
  client: pg.PoolClient,
  signal: AbortSignal | undefined,
): () => void {
  if (!signal) return () => {};
  const { processID } = client as pg.PoolClient & { processID?: number };
  const cancel = () => {
    if (typeof processID !== "number") return;
    // A query on another connection: the one to cancel is busy.
    getPool()
      .query("SELECT pg_cancel_backend($1)", [processID])
      .catch(() => {});
  };
  if (signal.aborted) cancel();
  signal.addEventListener("abort", cancel, { once: true });
  return () => signal.removeEventListener("abort", cancel);
}
