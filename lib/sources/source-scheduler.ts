import PgBoss from "pg-boss";
import { now } from "@/lib/clock";
import { getPool } from "@/lib/db/client";
import { claimDueSources } from "@/lib/db/source-pulls";
import { getLogger } from "@/lib/ops/logger";
import { pullSource } from "./pull-source";
import { nextRunAfter } from "./schedule";
import type { SourceEntry, SourcesConfig } from "./source-types";

/** The one queue every pull goes through, one job per due source. */
export const PULL_QUEUE = "source-pull";
/** pg-boss keeps its tables in their own schema, beside the catalog's. */
export const QUEUE_SCHEMA = "pgboss";

export type PullJob = { source: string };

export type SchedulerOptions = {
  config: SourcesConfig;
  databaseUrl: string;
  /** How often this instance looks for due sources; null: only when `tick()` is called. */
  tickMs?: number | null;
  /** How often an idle worker asks the queue for a job. */
  pollingIntervalSeconds?: number;
  /**
   * How long a pull may hold its job: past it (the instance died, or hangs)
   * the queue gives the job to another instance.
   */
  expireInSeconds?: number;
  /** The first retry's delay after a failed pull; each next one doubles it. */
  retryDelaySeconds?: number;
  /** How often the queue looks for expired jobs to hand out again. */
  maintenanceIntervalSeconds?: number;
  /** Take jobs from the queue (default); false: only schedule and queue them. */
  isWorker?: boolean;
  env?: Record<string, string | undefined>;
};

export type SourceScheduler = {
  /** Claims the sources due now and queues one pull each; returns their names. */
  tick: () => Promise<string[]>;
  /** Queues a pull of one source at once; false when one is already waiting. */
  pullNow: (name: string) => Promise<boolean>;
  /** Stops taking jobs and waits for a running pull; its job goes back to the queue if it outlives `timeoutMs`. */
  stop: (timeoutMs?: number) => Promise<void>;
};

/**
 * Runs the sources' schedules on one instance of many. The queue is
 * pg-boss (Postgres): a job is held by one worker at a time, retried with
 * backoff when it fails, and handed to another instance when its holder
 * dies. Which sources are due is decided by one UPDATE on source_pulls
 * against `now()` from lib/clock (pg-boss's own cron reads the wall clock,
 * minute by minute, which no test could pin): of N instances ticking at
 * once, one claims each due run, and queues it in the same transaction.
 */
export async function startSourceScheduler(
  options: SchedulerOptions,
): Promise<SourceScheduler> {
  const boss = new PgBoss({
    connectionString: options.databaseUrl,
    schema: QUEUE_SCHEMA,
    max: 3,
    schedule: false,
    supervise: true,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 60,
  });
  boss.on("error", (error) =>
    getLogger().error({ err: error }, "the pull queue failed"),
  );
  await boss.start();
  await boss.createQueue(PULL_QUEUE, {
    name: PULL_QUEUE,
    // At most one pull of a source waiting and one running.
    policy: "stately",
    retryLimit: 4,
    retryDelay: options.retryDelaySeconds ?? 30,
    retryBackoff: true,
    expireInSeconds: options.expireInSeconds ?? 15 * 60,
  });
  const byName = new Map(options.config.sources.map((s) => [s.name, s]));
  if (options.isWorker !== false)
    await boss.work<PullJob>(
      PULL_QUEUE,
      { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 5 },
      async ([job]) => {
        const entry = job && byName.get(job.data.source);
        // A source taken out of the file since its job was queued: nothing to do.
        if (!entry) return;
        await pullSource(entry, { env: options.env });
      },
    );
  const send = (name: string, db?: PgBoss.Db) =>
    boss.send(PULL_QUEUE, { source: name } satisfies PullJob, {
      singletonKey: name,
      db,
    });
  const tick = () => claimAndQueue(options.config.sources, send);
  const tickLogged = () => {
    tick().catch((error: unknown) =>
      getLogger().error({ err: error }, "scheduling pulls failed"),
    );
  };
  // A server that starts pulls what is due at once, then looks again every tickMs.
  if (options.tickMs !== null) tickLogged();
  const timer =
    options.tickMs === null
      ? undefined
      : setInterval(tickLogged, options.tickMs ?? 15_000);
  return {
    tick,
    pullNow: async (name) => (await send(name)) !== null,
    stop: async (timeoutMs = 30_000) => {
      clearInterval(timer);
      await boss.stop({ graceful: true, timeout: timeoutMs, wait: true });
    },
  };
}

async function claimAndQueue(
  sources: SourceEntry[],
  send: (name: string, db: PgBoss.Db) => Promise<string | null>,
): Promise<string[]> {
  const at = now();
  const client = await getPool().connect();
  try {
    await client.query("BEGIN");
    const claimed = await claimDueSources(
      sources.map((s) => ({
        name: s.name,
        type: s.location.type,
        nextRunAt: nextRunAfter(s.schedule, at),
      })),
      at,
      client,
    );
    const db: PgBoss.Db = {
      executeSql: (text, values) => client.query(text, values),
    };
    for (const name of claimed) await send(name, db);
    await client.query("COMMIT");
    return claimed;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
