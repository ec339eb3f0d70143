import "server-only";
import { once } from "node:events";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

/** A value for COPY's text format: null becomes \N, string[] a text[]; jsonb values go through `encodeJson` first. */
export type CopyValue =
  string | number | bigint | boolean | null | undefined | string[];

const CHUNK_CHARS = 1 << 20;

/**
 * Streams rows into `table` with COPY ... FROM STDIN (text format): one round
 * trip per table however many rows, buffered in ~1 MB chunks. When producing
 * a row fails, the COPY is aborted (CopyFail) before the error goes on, so the
 * connection is free again for the caller's ROLLBACK: a COPY left open held
 * its transaction's locks and its pool connection until a restart.
 */
export async function copyRows(
  client: pg.PoolClient,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly CopyValue[]>,
): Promise<number> {
  const stream = client.query(
    copyFrom(`COPY ${table} (${columns.join(", ")}) FROM STDIN`),
  );
  const closed = once(stream, "close").catch(() => undefined);
  const finished = once(stream, "finish");
  const failed = once(stream, "error").then(([error]) => {
    throw error;
  });
  // Either may settle unawaited when a row fails; neither may crash the process.
  finished.catch(() => undefined);
  failed.catch(() => undefined);
  let buffer = "";
  let count = 0;
  try {
    for (const row of rows) {
      buffer += encodeRow(row);
      count++;
      if (buffer.length >= CHUNK_CHARS) {
        if (!stream.write(buffer))
          await Promise.race([once(stream, "drain"), failed]);
        buffer = "";
      }
    }
  } catch (error) {
    stream.destroy(error instanceof Error ? error : new Error(String(error)));
    await closed;
    throw error;
  }
  stream.end(buffer);
  await Promise.race([finished, failed]);
  return count;
}

function encodeRow(row: readonly CopyValue[]): string {
  let line = "";
  for (let i = 0; i < row.length; i++) {
    if (i > 0) line += "\t";
    line += encodeValue(row[i]);
  }
  return line + "\n";
}

function encodeValue(value: CopyValue): string {
  if (value === null || value === undefined) return "\\N";
  if (typeof value === "string") return escapeText(cleanText(value));
  if (typeof value === "number" || typeof value === "bigint")
    return String(value);
  if (typeof value === "boolean") return value ? "t" : "f";
  return escapeText(encodeTextArray(value));
}

/** Postgres text holds neither NUL nor lone surrogates; manifests occasionally carry both. */
function cleanText(value: string): string {
  const clean = value.isWellFormed() ? value : value.toWellFormed();
  return clean.includes("\0") ? clean.replaceAll("\0", "") : clean;
}

function escapeText(value: string): string {
  if (!/[\\\t\n\r]/.test(value)) return value;
  return value.replace(/[\\\t\n\r]/g, (c) =>
    c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r",
  );
}

function encodeTextArray(values: string[]): string {
  const items = values.map(
    (v) => `"${cleanText(v).replace(/["\\]/g, (c) => `\\${c}`)}"`,
  );
  return `{${items.join(",")}}`;
}

/** JSON for a jsonb column; jsonb refuses \u0000 and unpaired surrogate escapes, so those are cleaned. */
export function encodeJson(value: unknown): string {
  const json = JSON.stringify(value) ?? "null";
  if (!json.includes("\\u")) return json;
  return (
    JSON.stringify(value, (_key, v: unknown) =>
      typeof v === "string" ? cleanText(v) : v,
    ) ?? "null"
  );
}
