import client from "prom-client";

/** The outcome of one ingest, as the metrics and the ingest log count it. */
export type IngestOutcome = "ingested" | "unchanged" | "rejected";

export type PoolStats = { total: number; idle: number; waiting: number };
export type UploadLoad = { running: number; waiting: number };
/** One source's lag: seconds since its last successful pull (null: never pulled). */
export type SourceLag = { source: string; seconds: number | null };
/** The outcome of one pull of a source. */
export type PullOutcomeLabel = "ingested" | "unchanged" | "failed";

type Metrics = {
  registry: client.Registry;
  httpRequests: client.Counter<"method" | "route" | "status">;
  httpDuration: client.Histogram<"method" | "route" | "status">;
  ingests: client.Counter<"origin" | "outcome">;
  ingestDuration: client.Histogram<"origin" | "outcome">;
  pulls: client.Counter<"source" | "outcome">;
  pullDuration: client.Histogram<"source" | "outcome">;
  sourceLag: client.Gauge<"source">;
  readSourceLag: () => Promise<SourceLag[]>;
  poolConnections: client.Gauge<"state">;
  uploads: client.Gauge<"state">;
  readPool: () => PoolStats | null;
  readUploads: () => UploadLoad | null;
};

// On globalThis: Next loads this module once for instrumentation and again
// for each route bundle, and all of them must count into one registry.
const holder = globalThis as typeof globalThis & {
  __meshCatalogMetrics?: Metrics;
};

/** Seconds: from a quick cached page to a slow 100 MB ingest. */
const HTTP_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const INGEST_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300];

/**
 * The process's one Prometheus registry: HTTP requests by route pattern and
 * status, ingests by origin and outcome, the database pool, and Node's own
 * process metrics. Route labels are Next's route patterns
 * (`/projects/[project]`), never raw paths, so the series stay bounded.
 */
export function getMetrics(): Metrics {
  return (holder.__meshCatalogMetrics ??= createMetrics());
}

function createMetrics(): Metrics {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry, prefix: "catalog_" });
  const metrics: Metrics = {
    registry,
    httpRequests: new client.Counter({
      name: "catalog_http_requests_total",
      help: "HTTP requests answered, by method, route pattern and status.",
      labelNames: ["method", "route", "status"],
      registers: [registry],
    }),
    httpDuration: new client.Histogram({
      name: "catalog_http_request_duration_seconds",
      help: "Time to answer an HTTP request, by method, route pattern and status.",
      labelNames: ["method", "route", "status"],
      buckets: HTTP_BUCKETS,
      registers: [registry],
    }),
    ingests: new client.Counter({
      name: "catalog_ingests_total",
      help: "Ingest attempts, by origin (cli, api, loom, pull) and outcome.",
      labelNames: ["origin", "outcome"],
      registers: [registry],
    }),
    ingestDuration: new client.Histogram({
      name: "catalog_ingest_duration_seconds",
      help: "Time an ingest took, by origin and outcome.",
      labelNames: ["origin", "outcome"],
      buckets: INGEST_BUCKETS,
      registers: [registry],
    }),
    pulls: new client.Counter({
      name: "catalog_source_pulls_total",
      help: "Pulls of configured sources, by source and outcome (ingested, unchanged, failed).",
      labelNames: ["source", "outcome"],
      registers: [registry],
    }),
    pullDuration: new client.Histogram({
      name: "catalog_source_pull_duration_seconds",
      help: "Time a pull took, fetch and ingest, by source and outcome.",
      labelNames: ["source", "outcome"],
      buckets: INGEST_BUCKETS,
      registers: [registry],
    }),
    sourceLag: new client.Gauge({
      name: "catalog_source_lag_seconds",
      help: "Seconds since each source's last successful pull (a source never pulled is absent).",
      labelNames: ["source"],
      registers: [registry],
      async collect() {
        const lags = await (holder.__meshCatalogMetrics?.readSourceLag() ??
          Promise.resolve([]));
        this.reset();
        for (const lag of lags)
          if (lag.seconds !== null)
            this.set({ source: lag.source }, lag.seconds);
      },
    }),
    readSourceLag: () => Promise.resolve([]),
    poolConnections: new client.Gauge({
      name: "catalog_db_pool_connections",
      help: "Database pool connections: total open, idle, and requests waiting for one.",
      labelNames: ["state"],
      registers: [registry],
      collect() {
        const stats = holder.__meshCatalogMetrics?.readPool() ?? null;
        if (!stats) return;
        this.set({ state: "total" }, stats.total);
        this.set({ state: "idle" }, stats.idle);
        this.set({ state: "waiting" }, stats.waiting);
      },
    }),
    uploads: new client.Gauge({
      name: "catalog_uploads",
      help: "Artifact uploads being ingested (running) and queued for a turn (waiting).",
      labelNames: ["state"],
      registers: [registry],
      collect() {
        const load = holder.__meshCatalogMetrics?.readUploads() ?? null;
        if (!load) return;
        this.set({ state: "running" }, load.running);
        this.set({ state: "waiting" }, load.waiting);
      },
    }),
    readPool: () => null,
    readUploads: () => null,
  };
  return metrics;
}

/** Tells the pool gauge where to read from (the database layer owns the pool). */
export function setPoolReader(read: () => PoolStats | null): void {
  getMetrics().readPool = read;
}

/** Tells the uploads gauge where to read from (the ingest layer admits uploads). */
export function setUploadLoadReader(read: () => UploadLoad | null): void {
  getMetrics().readUploads = read;
}

/** Tells the lag gauge where to read from (the sources layer knows the pulls). */
export function setSourceLagReader(read: () => Promise<SourceLag[]>): void {
  getMetrics().readSourceLag = read;
}

/** Counts one pull of a source. */
export function observePull(pull: {
  source: string;
  outcome: PullOutcomeLabel;
  seconds: number;
}): void {
  const labels = { source: pull.source, outcome: pull.outcome };
  const metrics = getMetrics();
  metrics.pulls.inc(labels);
  metrics.pullDuration.observe(labels, pull.seconds);
}

/** Counts one answered HTTP request. */
export function observeHttpRequest(request: {
  method: string;
  route: string;
  status: number;
  seconds: number;
}): void {
  const labels = {
    method: request.method,
    route: request.route,
    status: String(request.status),
  };
  const metrics = getMetrics();
  metrics.httpRequests.inc(labels);
  metrics.httpDuration.observe(labels, request.seconds);
}

/** Counts one ingest attempt. */
export function observeIngest(ingest: {
  origin: string;
  outcome: IngestOutcome;
  seconds: number;
}): void {
  const labels = { origin: ingest.origin, outcome: ingest.outcome };
  const metrics = getMetrics();
  metrics.ingests.inc(labels);
  metrics.ingestDuration.observe(labels, ingest.seconds);
}

/** The exposition text and its content type, for `GET /metrics`. */
export async function renderMetrics(): Promise<{
  body: string;
  contentType: string;
}> {
  const { registry } = getMetrics();
  return { body: await registry.metrics(), contentType: registry.contentType };
}
