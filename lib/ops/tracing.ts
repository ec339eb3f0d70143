import { context, trace } from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import {
  BasicTracerProvider,
  type ReadableSpan,
  type SpanProcessor,
} from "@opentelemetry/sdk-trace-base";
import { getLogger } from "./logger";
import { observeHttpRequest } from "./metrics";

/** The span Next opens around each HTTP request it answers. */
const REQUEST_SPAN_TYPE = "BaseServer.handleRequest";
/** Requests Next answered without a route of the app (static files, 404s). */
const NO_ROUTE = "(none)";

const holder = globalThis as typeof globalThis & {
  __meshCatalogTracing?: boolean;
};

/**
 * Turns on the tracing Next has built in, for what it tells about each
 * request rather than to export traces: when Next's request span ends, the
 * request is counted in the metrics by route pattern and status and gets one
 * access-log line. The request span's trace id is the request id that every
 * log line written while answering it carries. Idempotent.
 */
export function startRequestTracing(): void {
  if (holder.__meshCatalogTracing) return;
  holder.__meshCatalogTracing = true;
  context.setGlobalContextManager(
    new AsyncLocalStorageContextManager().enable(),
  );
  trace.setGlobalTracerProvider(
    new BasicTracerProvider({ spanProcessors: [new RequestSpanProcessor()] }),
  );
}

/** Reads Next's request spans as they end; every other span is ignored. */
class RequestSpanProcessor implements SpanProcessor {
  onStart(): void {}

  onEnd(span: ReadableSpan): void {
    const { attributes } = span;
    if (attributes["next.span_type"] !== REQUEST_SPAN_TYPE) return;
    // Next opens a request span in its router too and "bubbles" it into the
    // one of the route that answers: count each request once.
    if (attributes["next.bubble"] === true) return;
    const method = String(attributes["http.method"] ?? "GET");
    const status = Number(attributes["http.status_code"] ?? 0);
    const route = String(
      attributes["next.route"] ?? attributes["http.route"] ?? NO_ROUTE,
    );
    const seconds = span.duration[0] + span.duration[1] / 1e9;
    observeHttpRequest({ method, route, status, seconds });
    getLogger().info(
      {
        requestId: span.spanContext().traceId,
        method,
        path: attributes["http.target"],
        route,
        status,
        durationMs: Math.round(seconds * 1000),
      },
      "request",
    );
  }

  forceFlush(): Promise<void> {
    return Promise.resolve();
  }

  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}
