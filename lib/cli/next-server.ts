import { spawn, type ChildProcess } from "node:child_process";
import { statSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";

const NEXT_BIN = path.resolve("node_modules/next/dist/bin/next");
const SOURCES = [
  "app",
  "components",
  "lib",
  "public",
  "next.config.ts",
  "package-lock.json",
  "instrumentation.ts",
  "proxy.ts",
];

/** Runs `next build` in the foreground, output to this terminal. */
export function buildApp(): Promise<void> {
  return runToEnd(
    spawn(process.execPath, [NEXT_BIN, "build"], { stdio: "inherit" }),
    "next build",
  );
}

type AppOptions = {
  /** Where to listen; loopback unless the caller says otherwise. */
  hostname?: string;
  /**
   * Where its output goes: this terminal (the default), nowhere (a test that
   * expects it to complain), or to the caller (a test that reads it).
   */
  output?: "inherit" | "ignore" | "pipe";
  /** Variables beyond this process's own. */
  env?: Record<string, string>;
};

/**
 * Serves the production build on `port` against the given database, or,
 * without one, the embedded cluster in CATALOG_DATA_DIR (which it starts).
 */
export function startApp(
  port: number,
  databaseUrl: string | undefined,
  { hostname = "127.0.0.1", output = "inherit", env = {} }: AppOptions = {},
): ChildProcess {
  const inherited = { ...process.env };
  delete inherited.DATABASE_URL;
  return spawn(
    process.execPath,
    [NEXT_BIN, "start", "--port", String(port), "--hostname", hostname],
    {
      stdio: output,
      env: {
        ...inherited,
        ...env,
        ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
        PORT: String(port),
      },
    },
  );
}

/** True when there is no production build, or a source file changed after it was made. */
export async function isBuildStale(): Promise<boolean> {
  const buildTime = mtime(".next/BUILD_ID");
  if (buildTime === null) return true;
  for (const source of SOURCES) {
    if ((await newestMtime(source)) > buildTime) return true;
  }
  return false;
}

function mtime(file: string): number | null {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return null;
  }
}

async function newestMtime(target: string): Promise<number> {
  const own = mtime(target);
  if (own === null) return 0;
  const stat = await fs.stat(target);
  if (!stat.isDirectory()) return own;
  const entries = await fs.readdir(target, {
    recursive: true,
    withFileTypes: true,
  });
  let newest = own;
  for (const entry of entries) {
    if (!entry.isFile() || entry.name.endsWith(".test.ts")) continue;
    newest = Math.max(
      newest,
      mtime(path.join(entry.parentPath, entry.name)) ?? 0,
    );
  }
  return newest;
}

/** Resolves when the child exits with 0; rejects naming `what` otherwise. */
export function runToEnd(child: ChildProcess, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code, signal) => {
      if (code === 0) resolve();
      else
        reject(new Error(`${what} failed (${signal ?? `exit code ${code}`})`));
    });
  });
}
