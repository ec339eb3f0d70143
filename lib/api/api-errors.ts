import "server-only";
import { hasNulByte } from "@/lib/urls";
import { jsonError } from "./responses";

/** Seconds a client is asked to wait when the database is busy or away. */
const RETRY_AFTER_SECONDS = 5;

// Postgres: statement cancelled or timed out, server shutting down or not
// accepting connections yet, too many connections. Prisma: pool or
// transaction slot not had in time, server not reached, timed out or gone.
// Node: nothing listening, connection dropped. Ours: too many heavy reads.
const UNAVAILABLE_CODES = new Set([
  "CATALOG_BUSY",
  "P1001",
  "P1002",
  "P1017",
  "57014",
  "57P01",
  "57P03",
  "53300",
  "P2024",
  "P2028",
  "ECONNREFUSED",
  "ECONNRESET",
]);
const UNAVAILABLE_MESSAGES = [
  /timeout exceeded when trying to connect/i,
  /Connection terminated/i,
  /Unable to start a transaction in the given time/i,
  /DatabaseNotReachable/,
];

/**
 * True when an error says the database is saturated or away rather than that
 * the request or the code is wrong: worth a 503 and a retry, not a 500.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 8; depth++) {
    const { code, kind, message, cause } = e as {
      code?: unknown;
      kind?: unknown;
      message?: unknown;
      cause?: unknown;
    };
    if (typeof code === "string" && UNAVAILABLE_CODES.has(code)) return true;
    if (kind === "DatabaseNotReachable") return true;
    if (
      typeof message === "string" &&
      UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))
    )
      return true;
    e = cause;
  }
  return false;
}

/**
 * Wraps an API route handler so that whatever it throws still answers in the
 * API's shape, `{ "error": { "message" } }` with `Cache-Control: no-store`:
 * 503 with `Retry-After` when the database is busy or away, 500 otherwise
 * (the details go to the server log, not to the client). A URL with a NUL
 * byte, which no parameter may hold and Postgres refuses, is a 400 first.
 */
export function withApiErrors<A extends unknown[]>(
  handler: (...args: A) => Promise<Response>,
): (...args: A) => Promise<Response> {
  return async (...args) => {
    const [request] = args;
    if (request instanceof Request && hasNulByte(request.url))
      return jsonError(400, "the URL holds a NUL byte (%00)");
    try {
      return await handler(...args);
    } catch (error) {
      if (isDatabaseUnavailable(error))
        return jsonError(
          503,
          "the catalog's database is busy or unavailable; retry shortly",
          {},
          { "Retry-After": String(RETRY_AFTER_SECONDS) },
        );
      console.error("API request failed:", error);
      return jsonError(
        500,
        "the catalog failed to answer; the server log has the details",
      );
    }
  };
}
