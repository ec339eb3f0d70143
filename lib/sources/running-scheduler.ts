import { readEnv } from "@/lib/env";
import { getLogger } from "@/lib/ops/logger";
import { setSourceLagReader } from "@/lib/ops/metrics";
import { listSourcePulls } from "@/lib/db/source-pulls";
import { now } from "@/lib/clock";
import {
  startSourceScheduler,
  type SchedulerOptions,
  type SourceScheduler,
} from "./source-scheduler";
import { loadSourcesConfig } from "./sources-file";

// On globalThis: Next loads this module for instrumentation and again for
// the routes, and "pull now" must reach the scheduler the server started.
const holder = globalThis as typeof globalThis & {
  __meshCatalogScheduler?: SourceScheduler;
};

setSourceLagReader(async () => {
  const at = now().getTime();
  return (await listSourcePulls()).map((row) => ({
    source: row.name,
    seconds: row.lastSuccessAt
      ? Math.max(0, (at - row.lastSuccessAt.getTime()) / 1000)
      : null,
  }));
});

/**
 * Starts pulling the sources of the sources file, if there is one, on this
 * server: every instance schedules and works, and the queue makes sure
 * each pull runs once. On SIGTERM it stops taking jobs; a pull cut short
 * goes back to the queue for another instance.
 */
export async function startConfiguredScheduler(
  databaseUrl: string,
  options: Pick<SchedulerOptions, "isWorker" | "tickMs"> = {},
): Promise<void> {
  if (holder.__meshCatalogScheduler) return;
  const config = await loadSourcesConfig({
    file: readEnv().sourcesFile,
    cwd: process.cwd(),
    env: process.env,
  });
  if (!config || config.sources.length === 0) return;
  for (const warning of config.warnings) getLogger().warn(warning);
  // The catalog serves without its pulls: a queue that cannot start is logged, not fatal.
  const scheduler = await startSourceScheduler({
    ...options,
    config,
    databaseUrl,
  }).catch((error: unknown) => {
    getLogger().error({ err: error }, "the pull queue did not start");
    return null;
  });
  if (!scheduler) return;
  holder.__meshCatalogScheduler = scheduler;
  getLogger().info(
    { sources: config.sources.length, file: config.file },
    "pulling sources on their schedules",
  );
  process.once("SIGTERM", () => void scheduler.stop(10_000));
}

/** The scheduler this server runs, if it pulls sources. */
export function getRunningScheduler(): SourceScheduler | null {
  return holder.__meshCatalogScheduler ?? null;
}

/** Stops the scheduler this server runs, if any (tests; SIGTERM stops it on a server). */
export async function stopConfiguredScheduler(): Promise<void> {
  const scheduler = holder.__meshCatalogScheduler;
  holder.__meshCatalogScheduler = undefined;
  await scheduler?.stop(5_000);
}
