import { randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import {
  identifyThisProcess,
  isSameProcessAlive,
  type ProcessIdentity,
} from "./process-identity";

const LEASE_DIR = "leases";

/**
 * A lease says "this process uses the cluster in this data directory": one
 * file per user under `leases/`, naming its process. The cluster runs while a
 * live process holds a lease; the last one to leave stops it. A lease whose
 * process died without leaving (killed) is ignored and removed.
 */
export async function takeLease(dataDir: string): Promise<string> {
  const dir = path.join(dataDir, LEASE_DIR);
  await fs.mkdir(dir, { recursive: true, mode: 0o755 });
  // One process may hold several leases (tests, a throwaway cluster beside the user's).
  const file = path.join(
    dir,
    `${process.pid}-${randomBytes(4).toString("hex")}.json`,
  );
  await fs.writeFile(file, JSON.stringify(identifyThisProcess()));
  return file;
}

export function dropLease(file: string): void {
  rmSync(file, { force: true });
}

/**
 * True when some live process other than the holder of `except` holds a lease
 * on the cluster; the leases of dead processes are removed on the way.
 * Synchronous, because an exiting process asks it too.
 */
export function hasLiveLeases(dataDir: string, except?: string): boolean {
  const dir = path.join(dataDir, LEASE_DIR);
  mkdirSync(dir, { recursive: true, mode: 0o755 });
  let hasLive = false;
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (file === except) continue;
    const holder = readLease(file);
    if (holder && isSameProcessAlive(holder)) hasLive = true;
    else if (holder) rmSync(file, { force: true });
  }
  return hasLive;
}

function readLease(file: string): ProcessIdentity | undefined {
  try {
    const parsed = JSON.parse(readFileSync(file, "utf8")) as {
      pid?: unknown;
      start?: unknown;
    };
    if (typeof parsed.pid !== "number") return undefined;
    return typeof parsed.start === "string"
      ? { pid: parsed.pid, start: parsed.start }
      : { pid: parsed.pid };
  } catch {
    // Being written, or not a lease: neither counts nor goes.
    return undefined;
  }
}
