import pg from "pg";
import { reportDatabase } from "./availability";
import { reconnectDatabase } from "./connect";
import { getLogger } from "@/lib/ops/logger";

const CHECK_INTERVAL_MS = 2_000;
/** How long a server waits for its database to come back before it gives up and exits. */
const GIVE_UP_AFTER_MS = 5 * 60_000;
const PROBE_TIMEOUT_MS = 5_000;
/** Too many connections: the database is there, only busy. */
const TOO_MANY_CONNECTIONS = "53300";

export type SupervisorOptions = {
  intervalMs?: number;
  giveUpAfterMs?: number;
  /** Called once, when the database has been away for `giveUpAfterMs`. */
  onGiveUp: (error: unknown) => void;
};

export type DatabaseSupervisor = {
  /** Resolves after the first check, to whether the database was had. */
  firstCheck: Promise<boolean>;
  stop: () => void;
};

/**
 * Keeps a long-lived process's database: checks it every few seconds, starts
 * the embedded cluster again when its postmaster has gone (whoever started
 * it), and repoints the pool when it comes back elsewhere. Meanwhile requests
 * answer 503 and readiness says not ready; a database away for longer than
 * `giveUpAfterMs` ends in `onGiveUp` (the server exits rather than answer
 * errors for ever).
 */
export function superviseDatabase(
  options: SupervisorOptions,
): DatabaseSupervisor {
  const intervalMs = options.intervalMs ?? CHECK_INTERVAL_MS;
  const giveUpAfterMs = options.giveUpAfterMs ?? GIVE_UP_AFTER_MS;
  let downSince: number | undefined;
  let isReady: boolean | undefined;
  let timer: NodeJS.Timeout | undefined;
  let isStopped = false;
  let running: Promise<boolean> | undefined;

  const check = async (): Promise<boolean> => {
    try {
      await probeDatabase((await reconnectDatabase()).url);
      if (isReady === false) getLogger().info("the database is back");
      isReady = true;
      downSince = undefined;
      reportDatabase(true, checkNow);
    } catch (error) {
      if (isReady !== false)
        getLogger().error(
          { err: describe(error) },
          "the database is unavailable",
        );
      isReady = false;
      reportDatabase(false, checkNow);
      downSince ??= performance.now();
      if (performance.now() - downSince >= giveUpAfterMs) {
        stop();
        options.onGiveUp(error);
      }
    }
    return isReady;
  };
  const runCheck = () =>
    (running ??= check().finally(() => (running = undefined)));
  const schedule = () => {
    if (isStopped) return;
    timer = setTimeout(() => void runCheck().then(schedule), intervalMs);
    // The server's sockets keep the process alive, not this timer.
    timer.unref();
  };
  // A lost connection seen between checks: check at once, not in up to two seconds.
  function checkNow() {
    if (isStopped || running) return;
    clearTimeout(timer);
    void runCheck().then(schedule);
  }
  const stop = () => {
    isStopped = true;
    clearTimeout(timer);
  };
  const firstCheck = runCheck();
  void firstCheck.then(schedule);
  return { firstCheck, stop };
}

/**
 * One connection of its own, so that a pool busy with long reads does not
 * pass for a database that is away.
 */
async function probeDatabase(url: string): Promise<void> {
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: PROBE_TIMEOUT_MS,
    query_timeout: PROBE_TIMEOUT_MS,
  });
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    if ((error as { code?: unknown }).code !== TOO_MANY_CONNECTIONS)
      throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
