import { startThrowawayCluster } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { runChild } from "./child";

/** What the child (bench/ingest-stalls-once.ts) reports for each ingest stage. */
export type StageFigures = {
  wallMs: number;
  stalledMs: number;
  longestMs: number;
  /** CPU time of the main thread (the event loop's): the work itself, however busy the machine. */
  mainCpuMs: number;
  /** Garbage collection on the main thread, part of the stalls. */
  gcMs: number;
  longestGcMs: number;
};
type Stalls = {
  status: string;
  nodes: number;
  stages: Record<string, StageFigures>;
};

const STAGE_LABELS: Record<string, string> = {
  inflating: "inflating and hashing, the unchanged check",
  parsing: "parsing, validating, building the snapshot, scoring",
  writing: "writing in one transaction, planner statistics",
};

/**
 * How long each stage of one upload's ingest holds the event loop, alone (no
 * readers) in a fresh Node process against an empty catalog: what readers
 * of a server that runs the ingest would wait behind.
 */
export async function measureIngestStalls(
  file: string,
  project: string,
): Promise<string> {
  const cluster = await startThrowawayCluster();
  try {
    await migrate(cluster.url);
    const stalls = await runChild<Stalls>(
      "bench/ingest-stalls-once.ts",
      [file, project],
      { DATABASE_URL: cluster.url },
    );
    const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    return [
      `The same upload's ingest alone (no readers, an empty catalog, ${stalls.nodes.toLocaleString("en")} nodes ${stalls.status}): how long each stage held the event loop, from a 5 ms timer's late ticks (lateness of 20 ms and more), and the main thread's CPU time, which a busy machine does not inflate.`,
      "",
      "| Stage | wall | main thread CPU | event loop held | longest stall | garbage collection | longest pause |",
      "|---|---:|---:|---:|---:|---:|---:|",
      ...Object.entries(stalls.stages).map(
        ([stage, f]) =>
          `| ${STAGE_LABELS[stage] ?? stage} | ${s(f.wallMs)} | ${s(f.mainCpuMs)} | ${s(f.stalledMs)} | ${f.longestMs.toFixed(0)} ms | ${s(f.gcMs)} | ${f.longestGcMs.toFixed(0)} ms |`,
      ),
    ].join("\n");
  } finally {
    await cluster.stop();
  }
}
