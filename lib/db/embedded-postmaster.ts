import { existsSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { isAlive } from "./process-identity";
import {
  initCluster,
  readPostmasterState,
  startServer,
  type PostmasterState,
} from "./postgres-process";

const WAIT_FOR_POSTMASTER_MS = 60_000;
const START_ATTEMPTS = 5;

export type RunningCluster = {
  /** Connection URL of `database` on the cluster. */
  url: string;
  /** True when this call started the postmaster (it was down or stopping). */
  hasStarted: boolean;
};

/**
 * Makes sure the cluster in `clusterDir` has a postmaster serving, and says
 * where. A live, ready postmaster is joined; one that is starting (crash
 * recovery) or stopping is waited for; a dead one, or none, is replaced by a
 * new one, on the port the last one had when that port is free. Call it
 * under the cluster's lock.
 */
export async function ensurePostmaster(
  clusterDir: string,
  password: string,
  flags: string[],
  database: string,
): Promise<RunningCluster> {
  const found = await waitForLiveOrDead(clusterDir);
  if (found.port !== undefined)
    return {
      url: buildUrl(password, found.port, database),
      hasStarted: false,
    };
  if (!existsSync(path.join(clusterDir, "PG_VERSION")))
    await initCluster(clusterDir, password);
  const port = await startOnSomePort(
    clusterDir,
    password,
    flags,
    found.lastPort,
  );
  await ensureDatabase(password, port, database);
  return { url: buildUrl(password, port, database), hasStarted: true };
}

export function buildUrl(
  password: string,
  port: number,
  database: string,
): string {
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

/**
 * Either the port of a postmaster that serves, or (none running) the port the
 * last one had. A postmaster that is stopping, or not serving yet, is waited
 * for: joining a cluster on its way down is how a server ended up answering
 * 500 for good.
 */
async function waitForLiveOrDead(
  clusterDir: string,
): Promise<{ port?: number; lastPort?: number }> {
  const deadline = performance.now() + WAIT_FOR_POSTMASTER_MS;
  for (;;) {
    const state = readPostmasterState(clusterDir);
    if (!state || !isAlive(state.pid)) return { lastPort: state?.port };
    if (isServing(state) && (await canConnect(state.port)))
      return { port: state.port };
    if (performance.now() > deadline)
      throw new Error(
        `The embedded PostgreSQL (pid ${state.pid}) has been "${state.status}" for ${WAIT_FOR_POSTMASTER_MS / 1000} s; see postgres.log`,
      );
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function isServing(state: PostmasterState): boolean {
  // PostgreSQL before 10 wrote no status line.
  return (
    state.status === "ready" ||
    state.status === "standby" ||
    state.status === ""
  );
}

/**
 * Tries the last port first, so that pools elsewhere find the cluster where
 * they left it, then free ones. A try can fail for a while after a
 * postmaster was killed (its sessions still hold the shared memory until
 * they notice), and a port can be taken between choosing and binding it.
 */
async function startOnSomePort(
  clusterDir: string,
  password: string,
  flags: string[],
  lastPort: number | undefined,
): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    const port =
      attempt === 1 && lastPort !== undefined && !(await canConnect(lastPort))
        ? lastPort
        : await findFreePort();
    try {
      return (await startServer(clusterDir, port, password, flags)).port;
    } catch (error) {
      if (attempt >= START_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/** A loopback port nothing listens on right now (it may be taken before it is bound). */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === "object") resolve(address.port);
        else reject(new Error("Could not find a free port"));
      });
    });
  });
}

async function ensureDatabase(
  password: string,
  port: number,
  database: string,
): Promise<void> {
  const client = new pg.Client({
    connectionString: buildUrl(password, port, "postgres"),
  });
  await client.connect();
  try {
    const found = await client.query(
      "SELECT 1 FROM pg_database WHERE datname = $1",
      [database],
    );
    if (found.rowCount === 0)
      await client.query(
        `CREATE DATABASE ${client.escapeIdentifier(database)}`,
      );
  } finally {
    await client.end();
  }
}
