import { readFileSync } from "node:fs";

/**
 * Who a process is, beyond its pid: pids are reused, so a lock or a lease
 * naming pid 4242 says nothing once 4242 has exited and another process got
 * the number. On Linux the kernel's start time of the process (clock ticks
 * since boot, /proc/<pid>/stat field 22) tells them apart; elsewhere there is
 * none, and the pid alone has to do.
 */
export type ProcessIdentity = { pid: number; start?: string };

/** This process, as recorded in the locks and leases it writes. */
export function identifyThisProcess(): ProcessIdentity {
  const start = readStartTime(process.pid);
  return start === undefined
    ? { pid: process.pid }
    : { pid: process.pid, start };
}

/**
 * True when the process a lock or lease names still runs: its pid is alive
 * and, where the start time is known on both sides, it is the same process.
 */
export function isSameProcessAlive(identity: ProcessIdentity): boolean {
  if (!isAlive(identity.pid)) return false;
  if (identity.start === undefined) return true;
  const current = readStartTime(identity.pid);
  return current === undefined || current === identity.start;
}

/**
 * True while `pid` runs. A zombie (exited, not yet reaped: in a container
 * whose init does not reap, an orphaned postmaster can stay one) counts as gone.
 */
export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  const state = readStatFields(pid)?.[0];
  return state !== "Z" && state !== "X";
}

/** The process's command line, or undefined where /proc does not tell. */
export function readCommandLine(pid: number): string[] | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8")
      .split("\0")
      .filter((arg) => arg !== "");
  } catch {
    return undefined;
  }
}

function readStartTime(pid: number): string | undefined {
  // Fields after the command name, which may itself hold spaces and parentheses.
  // State is field 3, start time field 22: index 19 here.
  return readStatFields(pid)?.[19];
}

function readStatFields(pid: number): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat
      .slice(stat.lastIndexOf(")") + 2)
      .trim()
      .split(" ");
  } catch {
    return undefined;
  }
}
