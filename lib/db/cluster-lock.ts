import { randomBytes } from "node:crypto";
import { linkSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  identifyThisProcess,
  isAlive,
  isSameProcessAlive,
  readCommandLine,
  type ProcessIdentity,
} from "./process-identity";

const LOCK_TIMEOUT_MS = 120_000;
/** How long an unreadable lock may stay so before it counts as a crash's leftover. */
const UNREADABLE_GRACE_MS = 2_000;
const EXIT_LOCK_WAIT_MS = 2_000;

export type ReleaseLock = () => void;

/**
 * Takes the lock file that serializes starting, joining and stopping one
 * cluster. It names its holder (pid and start time); a lock whose holder is
 * gone, or is another process that got the same pid, is taken over at once.
 */
export async function acquireLock(file: string): Promise<ReleaseLock> {
  const deadline = performance.now() + LOCK_TIMEOUT_MS;
  const watch = watchUnreadable();
  for (;;) {
    const release = tryAcquireLock(file, watch);
    if (release) return release;
    if (performance.now() > deadline)
      throw new Error(
        `Timed out waiting for ${file} (held by ${readHolder(file) ?? "?"})`,
      );
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The lock for an exiting process, which may not wait on the event loop:
 * a few tries, blocking, then undefined (someone else is at the cluster and
 * will find what this process leaves).
 */
export function acquireLockSync(file: string): ReleaseLock | undefined {
  const deadline = performance.now() + EXIT_LOCK_WAIT_MS;
  const watch = watchUnreadable();
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    const release = tryAcquireLock(file, watch);
    if (release || performance.now() > deadline) return release;
    Atomics.wait(pause, 0, 0, 50);
  }
}

function tryAcquireLock(
  file: string,
  watch: (isUnreadable: boolean) => boolean,
): ReleaseLock | undefined {
  const content = JSON.stringify(identifyThisProcess());
  if (createWithContent(file, content))
    return () => {
      if (readFileOrEmpty(file) === content) rmSync(file, { force: true });
    };
  const seen = readFileOrEmpty(file);
  const holder = parseHolder(seen);
  const isStale =
    watch(holder === undefined) || (holder && !isHolderAlive(holder));
  // Re-read first: another waiter may have taken the stale lock over meanwhile.
  if (isStale && readFileOrEmpty(file) === seen) rmSync(file, { force: true });
  return undefined;
}

/** Created whole or not at all (a hard link either appears or fails), so never seen empty. */
function createWithContent(file: string, content: string): boolean {
  const draft = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}`,
  );
  writeFileSync(draft, content);
  try {
    linkSync(draft, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    return false;
  } finally {
    rmSync(draft, { force: true });
  }
}

type Holder = ProcessIdentity & { isLegacy: boolean };

function readHolder(file: string): string | undefined {
  const holder = parseHolder(readFileOrEmpty(file));
  return holder && `pid ${holder.pid}`;
}

function parseHolder(content: string): Holder | undefined {
  const text = content.trim();
  // Locks written before identities were recorded hold the bare pid.
  if (/^\d+$/.test(text)) return { pid: Number(text), isLegacy: true };
  try {
    const parsed = JSON.parse(text) as { pid?: unknown; start?: unknown };
    if (typeof parsed.pid !== "number") return undefined;
    const start = typeof parsed.start === "string" ? parsed.start : undefined;
    return { pid: parsed.pid, start, isLegacy: false };
  } catch {
    return undefined;
  }
}

/**
 * A bare pid cannot be told from another process given that pid later: it
 * counts as held only while that process is a Node one (every catalog process is).
 */
function isHolderAlive(holder: Holder): boolean {
  if (!holder.isLegacy) return isSameProcessAlive(holder);
  if (!isAlive(holder.pid)) return false;
  const command = readCommandLine(holder.pid);
  return command === undefined || isNodeCommand(command);
}

function isNodeCommand(command: string[]): boolean {
  const program = path.basename(command[0] ?? "");
  return /node|next-server|tsx/.test(program);
}

/** True once a lock has been unreadable for longer than its writer could need. */
function watchUnreadable(): (isUnreadable: boolean) => boolean {
  let since: number | undefined;
  return (isUnreadable) => {
    if (!isUnreadable) {
      since = undefined;
      return false;
    }
    since ??= performance.now();
    return performance.now() - since > UNREADABLE_GRACE_MS;
  };
}

function readFileOrEmpty(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}
