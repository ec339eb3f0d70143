import { now } from "@/lib/clock";
import { listSourcePulls, type SourcePullRow } from "@/lib/db/source-pulls";
import { readEnv } from "@/lib/env";
import { describeLocation } from "./describe-location";
import { nextRunAfter } from "./schedule";
import { loadSourcesConfig } from "./sources-file";
import type { SourceEntry } from "./source-types";

/** How a source is doing, as the API and the sources page show it. */
export type SourceStatus = {
  name: string;
  type: SourceEntry["location"]["type"];
  location: string;
  schedule: string;
  isOptional: boolean;
  artifacts: string[];
  project: string | null;
  /** ok: the last pull succeeded; failing: it did not; pending: never pulled yet. */
  health: "ok" | "failing" | "pending";
  nextRunAt: string;
  lastAttemptAt: string | null;
  lastSuccessAt: string | null;
  lastError: { at: string; message: string } | null;
  consecutiveFailures: number;
  lastOutcome: string | null;
  /** What the last pull that wrote something changed: the ingest's summary. */
  lastChange: Record<string, unknown> | null;
};

export type SourcesStatus = { file: string | null; sources: SourceStatus[] };

/** Every configured source with what its pulls have found, in the file's order. */
export async function getSourcesStatus(): Promise<SourcesStatus> {
  const config = await loadSourcesConfig({
    file: readEnv().sourcesFile,
    cwd: process.cwd(),
    env: process.env,
  });
  if (!config) return { file: null, sources: [] };
  const rows = new Map((await listSourcePulls()).map((r) => [r.name, r]));
  const at = now();
  return {
    file: config.file,
    sources: config.sources.map((entry) =>
      toStatus(entry, rows.get(entry.name), at),
    ),
  };
}

function toStatus(
  entry: SourceEntry,
  row: SourcePullRow | undefined,
  at: Date,
): SourceStatus {
  const iso = (date: Date | null | undefined) => date?.toISOString() ?? null;
  const nextRun = row?.nextRunAt ?? nextRunAfter(entry.schedule, at);
  return {
    name: entry.name,
    type: entry.location.type,
    location: describeLocation(entry.location),
    schedule: entry.schedule,
    isOptional: entry.isOptional,
    artifacts: entry.artifacts,
    project: row?.projectName ?? null,
    health: !row?.lastOutcome
      ? "pending"
      : row.lastOutcome === "failed"
        ? "failing"
        : "ok",
    nextRunAt: nextRun.toISOString(),
    lastAttemptAt: iso(row?.lastAttemptAt),
    lastSuccessAt: iso(row?.lastSuccessAt),
    lastError:
      row?.lastErrorAt && row.lastError
        ? { at: row.lastErrorAt.toISOString(), message: row.lastError }
        : null,
    consecutiveFailures: row?.consecutiveFailures ?? 0,
    lastOutcome: row?.lastOutcome ?? null,
    lastChange: row?.lastChange ?? null,
  };
}
