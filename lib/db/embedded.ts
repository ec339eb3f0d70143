import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { dropLease, hasLiveLeases, takeLease } from "./cluster-leases";
import { acquireLock, acquireLockSync } from "./cluster-lock";
import { ensurePostmaster } from "./embedded-postmaster";
import { onProcessExit } from "./exit-hooks";
import { isAlive } from "./process-identity";
import { readPostmasterState, stopPostmaster } from "./postgres-process";

const CLUSTER_DIR = "pg";
const CREDENTIALS_FILE = "credentials.json";
const LOCK_FILE = ".cluster.lock";
const DATABASE_NAME = "catalog";

export type EmbeddedCluster = {
  /** Connection URL of the catalog database on this cluster, when joined. */
  url: string;
  /** True when this call started the postmaster rather than joining one. */
  hasStarted: boolean;
  /**
   * Starts the cluster again when its postmaster has died or is stopping
   * (whoever started it), and resolves to its URL: the port can change.
   */
  ensureRunning: () => Promise<string>;
  /** Leaves the cluster; the last process to leave stops it. */
  stop: () => Promise<void>;
};

type ClusterOptions = {
  /** Trade durability for speed: for throwaway test clusters only. */
  isEphemeral?: boolean;
};

/**
 * Uses the embedded PostgreSQL cluster kept in `dataDir`: creates it on first
 * use, starts it when it is down, joins it when it runs. The cluster belongs
 * to no process in particular: each one using it holds a lease, and it runs
 * until the last of them leaves (`stop()`, or exiting however it exits short
 * of SIGKILL), outliving the process that happened to start it.
 */
export async function startEmbeddedCluster(
  dataDir: string,
  options: ClusterOptions = {},
): Promise<EmbeddedCluster> {
  await fs.mkdir(dataDir, { recursive: true, mode: 0o755 });
  const ensure = async () => {
    const { password } = await readOrCreateCredentials(dataDir);
    return ensurePostmaster(
      path.join(dataDir, CLUSTER_DIR),
      password,
      buildServerFlags(options),
      DATABASE_NAME,
    );
  };
  const { running, lease } = await withLock(dataDir, async () => ({
    running: await ensure(),
    lease: await takeLease(dataDir),
  }));
  const cancelExitHook = onProcessExit(() => leaveSync(dataDir, lease));
  let hasLeft = false;
  let url = running.url;
  return {
    ...running,
    ensureRunning: async () => {
      // Checked every few seconds by a server: the lock only when something is wrong.
      if (isReadyAt(dataDir, url)) return url;
      url = (await withLock(dataDir, ensure)).url;
      return url;
    },
    stop: async () => {
      if (hasLeft) return;
      hasLeft = true;
      cancelExitHook();
      await withLock(dataDir, () => leave(dataDir, lease));
    },
  };
}

/**
 * Starts a cluster in a fresh temporary directory, stopped and deleted again
 * by `stop()`. Tests trade durability for speed; benchmarks ask for a durable
 * one, set up like the user's.
 */
export async function startThrowawayCluster(
  options: { isDurable?: boolean } = {},
): Promise<EmbeddedCluster> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "mesh-catalog-pg-"));
  await fs.chmod(dir, 0o755);
  const cluster = await startEmbeddedCluster(dir, {
    isEphemeral: !options.isDurable,
  });
  return {
    ...cluster,
    stop: async () => {
      await cluster.stop();
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}

async function withLock<T>(dataDir: string, run: () => Promise<T>): Promise<T> {
  const release = await acquireLock(path.join(dataDir, LOCK_FILE));
  try {
    return await run();
  } finally {
    release();
  }
}

function isReadyAt(dataDir: string, url: string): boolean {
  const state = readPostmasterState(path.join(dataDir, CLUSTER_DIR));
  return (
    state !== undefined &&
    state.status === "ready" &&
    String(state.port) === new URL(url).port &&
    isAlive(state.pid)
  );
}

/** Drops this lease and, when no live process holds another, stops the postmaster. */
async function leave(dataDir: string, lease: string): Promise<void> {
  dropLease(lease);
  if (hasLiveLeases(dataDir)) return;
  const state = readPostmasterState(path.join(dataDir, CLUSTER_DIR));
  if (state && isAlive(state.pid)) await stopPostmaster(state.pid);
}

/**
 * `leave` for an exiting process: it cannot wait for the postmaster to go, so
 * it asks it to and exits. Without the lock (another process is at the
 * cluster right now) it leaves the cluster running to that process.
 */
function leaveSync(dataDir: string, lease: string): void {
  dropLease(lease);
  const release = acquireLockSync(path.join(dataDir, LOCK_FILE));
  if (!release) return;
  try {
    if (hasLiveLeases(dataDir)) return;
    const state = readPostmasterState(path.join(dataDir, CLUSTER_DIR));
    if (state && isAlive(state.pid)) process.kill(state.pid, "SIGINT");
  } finally {
    release();
  }
}

function buildServerFlags(options: ClusterOptions): string[] {
  // An ingest of a large project writes hundreds of MB in one transaction: a
  // bigger buffer pool and WAL budget keep it from forcing checkpoints midway.
  const flags = [
    "-c",
    "listen_addresses=127.0.0.1",
    "-c",
    "unix_socket_directories=",
    "-c",
    "shared_buffers=256MB",
    "-c",
    "max_wal_size=4GB",
    "-c",
    "checkpoint_timeout=15min",
  ];
  if (options.isEphemeral) {
    flags.push(
      "-c",
      "fsync=off",
      "-c",
      "synchronous_commit=off",
      "-c",
      "full_page_writes=off",
    );
  }
  return flags;
}

async function readOrCreateCredentials(
  dataDir: string,
): Promise<{ password: string }> {
  const file = path.join(dataDir, CREDENTIALS_FILE);
  try {
    const parsed: unknown = JSON.parse(await fs.readFile(file, "utf8"));
    if (isCredentials(parsed)) return parsed;
  } catch {
    // absent or unreadable: create below
  }
  if (existsSync(path.join(dataDir, CLUSTER_DIR, "PG_VERSION"))) {
    throw new Error(
      `The embedded cluster in ${dataDir} has lost ${CREDENTIALS_FILE}; delete ${dataDir} to start afresh.`,
    );
  }
  const credentials = { password: randomBytes(18).toString("base64url") };
  await fs.writeFile(file, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

function isCredentials(value: unknown): value is { password: string } {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { password?: unknown }).password === "string"
  );
}
