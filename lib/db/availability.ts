/**
 * Whether this process's database is there, and what an error says about it.
 *
 * The server's supervisor (lib/db/supervisor.ts) reports what it finds after
 * every check; a lost connection reports trouble at once and asks it to check
 * now. proxy.ts reads the result to answer pages with "unavailable" (503)
 * rather than render them into errors while the database is away. Kept on
 * globalThis: Next bundles the instrumentation hook, the proxy and the routes
 * separately, each with its own copy of this module. Nothing reported (a CLI,
 * a test) counts as available.
 */

/** Seconds a client is asked to wait (Retry-After) when the database is busy or away. */
export const RETRY_AFTER_SECONDS = 5;

type Availability = { isAway: boolean; checkNow?: () => void };

const holder = globalThis as typeof globalThis & {
  __meshCatalogAvailability?: Availability;
};

function state(): Availability {
  return (holder.__meshCatalogAvailability ??= { isAway: false });
}

/** What the supervisor found; `checkNow` lets trouble seen elsewhere wake it. */
export function reportDatabase(isReady: boolean, checkNow?: () => void): void {
  state().isAway = !isReady;
  if (checkNow) state().checkNow = checkNow;
}

/**
 * A connection was lost: the database is taken for away until the supervisor,
 * asked to check at once, finds it again. Without a supervisor (a CLI),
 * nothing reads this.
 */
export function reportConnectionLost(): void {
  const current = state();
  if (!current.checkNow) return;
  current.isAway = true;
  current.checkNow();
}

export function isDatabaseAway(): boolean {
  return holder.__meshCatalogAvailability?.isAway === true;
}

// Postgres: server shutting down or not accepting connections yet. Prisma:
// server not reached, or gone. Node: nothing listening, connection dropped.
// Prisma's pg adapter (its error kinds): not reached, connection closed.
// Ours: no database URL yet (lib/db/client.ts), named as the adapter does.
const AWAY_CODES = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "P1001",
  "P1017",
  "57P01",
  "57P03",
  "ECONNREFUSED",
  "ECONNRESET",
]);
const AWAY_MESSAGES = [/Connection terminated/i];
// Postgres: statement cancelled or timed out, too many connections (also as
// the adapter's kinds). Prisma: timed out, pool or transaction slot not had
// in time. Ours: too many heavy reads.
const BUSY_CODES = new Set([
  "CATALOG_BUSY",
  "TooManyConnections",
  "SocketTimeout",
  "P1002",
  "57014",
  "53300",
  "P2024",
  "P2028",
]);
const BUSY_MESSAGES = [
  /timeout exceeded when trying to connect/i,
  /Unable to start a transaction in the given time/i,
];

/** True when an error says the database cannot be reached: worth checking on it. */
export function isConnectionLost(error: unknown): boolean {
  return matchesChain(error, AWAY_CODES, AWAY_MESSAGES);
}

/**
 * True when an error says the database is saturated or away rather than that
 * the request or the code is wrong: worth a 503 and a retry, not a 500.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  return (
    isConnectionLost(error) || matchesChain(error, BUSY_CODES, BUSY_MESSAGES)
  );
}

/**
 * Looks through an error and what it wraps: its `cause`s, and the driver's
 * error that Prisma keeps in `meta.driverAdapterError` (whose own cause
 * holds the Postgres code).
 */
function matchesChain(
  error: unknown,
  codes: Set<string>,
  messages: RegExp[],
): boolean {
  const pending: unknown[] = [error];
  for (let seen = 0; pending.length > 0 && seen < 16; seen++) {
    const e = pending.shift();
    if (!e || typeof e !== "object") continue;
    const { code, kind, originalCode, message, cause, meta } = e as {
      code?: unknown;
      originalCode?: unknown;
      kind?: unknown;
      message?: unknown;
      cause?: unknown;
      meta?: { driverAdapterError?: unknown };
    };
    for (const tag of [code, kind, originalCode])
      if (typeof tag === "string" && codes.has(tag)) return true;
    if (
      typeof message === "string" &&
      messages.some((pattern) => pattern.test(message))
    )
      return true;
    pending.push(cause, meta?.driverAdapterError);
  }
  return false;
}
