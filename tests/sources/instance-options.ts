import type { SchedulerOptions } from "@/lib/sources/source-scheduler";

/**
 * The queue as the kill test runs it: a job held 3 s past its start is
 * taken as its instance's death, looked for every second, and retried a
 * second later (a server waits 15 minutes, every minute, 30 s).
 */
export const INSTANCE_QUEUE_OPTIONS = {
  tickMs: null,
  pollingIntervalSeconds: 0.5,
  expireInSeconds: 3,
  maintenanceIntervalSeconds: 1,
  retryDelaySeconds: 1,
} satisfies Partial<SchedulerOptions>;
