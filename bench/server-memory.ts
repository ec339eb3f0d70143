import { readFileSync } from "node:fs";

export type MemoryWatch = {
  /** The first sample: the resident set when watching began. */
  first: () => number;
  /** The largest resident set sampled since the last reset. */
  peak: () => number;
  resetPeak: () => void;
  stop: () => void;
};

/** Samples a process's resident set every `everyMs` (Linux, /proc); 0 when unreadable. */
export function watchMemory(pid: number, everyMs = 100): MemoryWatch {
  const first = readRss(pid);
  let peak = first;
  const timer = setInterval(
    () => (peak = Math.max(peak, readRss(pid))),
    everyMs,
  );
  return {
    first: () => first,
    peak: () => peak,
    resetPeak: () => (peak = readRss(pid)),
    stop: () => clearInterval(timer),
  };
}

function readRss(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}
