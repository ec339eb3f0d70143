/**
 * CPU time spent on a piece of work by this process and by the Postgres
 * backends serving it, in milliseconds. On a busy machine wall time mostly
 * measures waiting for a core; CPU time measures the work itself.
 */
import { readFileSync } from "node:fs";
import { getPool } from "@/lib/db/client";

/** The pids of the backends connected to the current database (the pool's connections). */
export async function findBackendPids(): Promise<number[]> {
  const { rows } = await getPool().query<{ pid: number }>(
    "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend'",
  );
  return rows.map((row) => row.pid);
}

/** Nanoseconds a process has run on a CPU (/proc/<pid>/schedstat, first field); 0 when unreadable. */
function readRunTimeNs(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/schedstat`, "utf8").split(" ")[0]);
  } catch {
    return 0;
  }
}

/** Runs `work` and returns its result with the CPU milliseconds it took here and in the backends. */
export async function measureCpu<T>(
  backendPids: readonly number[],
  work: () => Promise<T>,
): Promise<{ result: T; cpuMs: number }> {
  const backendsBefore = backendPids.map(readRunTimeNs);
  const processBefore = process.cpuUsage();
  const result = await work();
  const processUsed = process.cpuUsage(processBefore);
  const backendNs = backendPids.reduce(
    (sum, pid, index) =>
      sum + readRunTimeNs(pid) - (backendsBefore[index] ?? 0),
    0,
  );
  return {
    result,
    cpuMs: (processUsed.user + processUsed.system) / 1000 + backendNs / 1e6,
  };
}
