import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { initCluster, startServer } from "./postgres-process";

const CLUSTER_DIR = "pg";
const CREDENTIALS_FILE = "credentials.json";
const LOCK_FILE = ".cluster.lock";
const DATABASE_NAME = "catalog";
const LOCK_TIMEOUT_MS = 120_000;

export type EmbeddedCluster = {
  /** Connection URL of the catalog database on this cluster. */
  url: string;
  /** True when this process started the cluster (and so must stop it). */
  isOwner: boolean;
  stop: () => Promise<void>;
};

type ClusterOptions = {
  /** Trade durability for speed: for throwaway test clusters only. */
  isEphemeral?: boolean;
};

/**
 * Starts the embedded PostgreSQL cluster kept in `dataDir`, creating it on first
 * use, or connects to it when another process already runs it. Only the process
 * that started the cluster stops it, on `stop()` or when it exits.
 */
export async function startEmbeddedCluster(
  dataDir: string,
  options: ClusterOptions = {},
): Promise<EmbeddedCluster> {
  await fs.mkdir(dataDir, { recursive: true, mode: 0o755 });
  const release = await acquireLock(path.join(dataDir, LOCK_FILE));
  try {
    const clusterDir = path.join(dataDir, CLUSTER_DIR);
    const credentials = await readOrCreateCredentials(dataDir);
    const runningPort = await findRunningPort(clusterDir);
    if (runningPort !== undefined) {
      const url = buildUrl(credentials.password, runningPort, DATABASE_NAME);
      return { url, isOwner: false, stop: async () => {} };
    }
    if (!existsSync(path.join(clusterDir, "PG_VERSION")))
      await initCluster(clusterDir, credentials.password);
    const server = await startOnFreePort(
      clusterDir,
      credentials.password,
      buildServerFlags(options),
    );
    await ensureDatabase(credentials.password, server.port, DATABASE_NAME);
    const url = buildUrl(credentials.password, server.port, DATABASE_NAME);
    return { url, isOwner: true, stop: () => server.stop() };
  } finally {
    await release();
  }
}

/**
 * Starts a cluster in a fresh temporary directory, deleted again by `stop()`.
 * Tests trade durability for speed; benchmarks ask for a durable one, set up
 * like the user's.
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

/** A port taken between choosing it and binding it makes the server exit: try another. */
async function startOnFreePort(
  clusterDir: string,
  password: string,
  flags: string[],
) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startServer(
        clusterDir,
        await findFreePort(),
        password,
        flags,
      );
    } catch (error) {
      if (attempt >= 3) throw error;
    }
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

function buildUrl(password: string, port: number, database: string): string {
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
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

/** The port of a live postmaster of this cluster, read from its postmaster.pid. */
async function findRunningPort(
  clusterDir: string,
): Promise<number | undefined> {
  let lines: string[];
  try {
    lines = (
      await fs.readFile(path.join(clusterDir, "postmaster.pid"), "utf8")
    ).split("\n");
  } catch {
    return undefined;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || !Number.isInteger(port) || !isAlive(pid))
    return undefined;
  return (await canConnect(port)) ? port : undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
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

function findFreePort(): Promise<number> {
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

/** A lock file holding the owner's pid; a lock left by a dead process is taken over. */
async function acquireLock(file: string): Promise<() => Promise<void>> {
  const deadline = performance.now() + LOCK_TIMEOUT_MS;
  for (;;) {
    try {
      const handle = await fs.open(file, "wx");
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => fs.rm(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = Number(await fs.readFile(file, "utf8").catch(() => ""));
    if (holder > 0 && !isAlive(holder)) {
      await fs.rm(file, { force: true });
      continue;
    }
    if (performance.now() > deadline)
      throw new Error(`Timed out waiting for ${file} (held by pid ${holder})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
