import { trace } from "@opentelemetry/api";
import pino, { type DestinationStream, type Logger } from "pino";

/**
 * Keys whose values never reach a log line, wherever they sit in a logged
 * object: tokens, credentials, connection strings.
 */
const SECRET_KEYS = [
  "authorization",
  "cookie",
  "token",
  "secret",
  "password",
  "databaseUrl",
  "DATABASE_URL",
  "connectionString",
];
const REDACT_PATHS = SECRET_KEYS.flatMap((key) => [key, `*.${key}`]);

const holder = globalThis as typeof globalThis & { __meshCatalogLog?: Logger };

/**
 * A structured (JSON lines) logger. Every line written while a request is
 * being answered carries that request's id (the trace id of Next's request
 * span), so one request's lines can be found together; secrets are
 * redacted by key. Lines go to standard error, keeping standard output for
 * what a command prints as its result.
 */
export function createLogger(
  destination: DestinationStream = pino.destination({ fd: 2, sync: true }),
  level = process.env.LOG_LEVEL ?? "info",
): Logger {
  return pino(
    {
      level,
      base: { service: "mesh-catalog" },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => {
        const requestId = readRequestId();
        return requestId ? { requestId } : {};
      },
    },
    destination,
  );
}

/** The process's logger (one, however often Next loads this module). */
export function getLogger(): Logger {
  return (holder.__meshCatalogLog ??= createLogger());
}

/** The id of the request being answered, if any: its trace id. */
export function readRequestId(): string | undefined {
  const context = trace.getActiveSpan()?.spanContext();
  return context && trace.isSpanContextValid(context)
    ? context.traceId
    : undefined;
}
