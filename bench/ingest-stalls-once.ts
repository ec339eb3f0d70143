/**
 * Child process: ingests one (gzipped) manifest file the way an upload is
 * ingested, against DATABASE_URL, and reports how long each stage held the
 * event loop: a timer that should tick every TICK_MS records each late tick,
 * and the lateness counts against the stage that was running (a change of
 * stage counts the lateness so far, as a tick would).
 */
import { readFileSync } from "node:fs";
import { PerformanceObserver } from "node:perf_hooks";
import { ingestProject, type IngestStage } from "@/lib/ingest/ingest-project";
import { readEnv } from "@/lib/env";
import type { StageFigures } from "./ingest-stalls";

const TICK_MS = 5;
/** Linux's clock ticks per second (USER_HZ), the unit of /proc's CPU times. */
const CLOCK_TICKS = 100;
/** Lateness under this is the machine's scheduling, not a stall. */
const STALL_MS = 20;

const figures = new Map<IngestStage, StageFigures>();
let stage: IngestStage = "inflating";
let stageStarted = performance.now();
let stageCpuStarted = readMainThreadCpuMs();
let lastTick = performance.now();
const timer = setInterval(() => countLateness(performance.now()), TICK_MS);

/** Counts the time since the last tick beyond TICK_MS against the running stage. */
function countLateness(tick: number): void {
  const late = tick - lastTick - TICK_MS;
  lastTick = tick;
  if (late < STALL_MS) return;
  const entry = figuresOf(stage);
  entry.stalledMs += late;
  entry.longestMs = Math.max(entry.longestMs, late);
}

/** CPU time of this process's main thread, from /proc (its task id is the pid); workers' time is their own. */
function readMainThreadCpuMs(): number {
  const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
  // utime and stime, fields 14 and 15, counted after the command's closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}

const gc = new PerformanceObserver((list) => {
  const entry = figuresOf(stage);
  for (const { duration } of list.getEntries()) {
    entry.gcMs += duration;
    entry.longestGcMs = Math.max(entry.longestGcMs, duration);
  }
});
gc.observe({ entryTypes: ["gc"] });

function figuresOf(of: IngestStage): StageFigures {
  const found = figures.get(of) ?? {
    wallMs: 0,
    stalledMs: 0,
    longestMs: 0,
    mainCpuMs: 0,
    gcMs: 0,
    longestGcMs: 0,
  };
  figures.set(of, found);
  return found;
}

/** Closes the running stage's wall time and starts `next` (none at the end). */
function enter(next: IngestStage | null): void {
  const now = performance.now();
  // A stage that held the loop to its end is seen here, not by the timer.
  countLateness(now);
  const cpu = readMainThreadCpuMs();
  const entry = figuresOf(stage);
  entry.wallMs += now - stageStarted;
  entry.mainCpuMs += cpu - stageCpuStarted;
  if (next) stage = next;
  stageStarted = now;
  stageCpuStarted = cpu;
}

const [file = "", project = ""] = process.argv.slice(2);
const report = await ingestProject({
  projectName: project,
  artifacts: { manifest: { file: "manifest.json", path: file } },
  origin: "api",
  maxArtifactBytes: readEnv().maxArtifactBytes,
  onProgress: (next) => enter(next),
});
enter(null);
clearInterval(timer);
gc.disconnect();
console.log(
  JSON.stringify({
    status: report.status,
    nodes: report.nodes,
    stages: Object.fromEntries(figures),
  }),
);
process.exit(0);
