import { RESOURCE_TYPES } from "@/lib/artifacts/resource-types";
import type { CrossProjectRefCounts } from "@/lib/db/cross-project-refs";
import type { JobOutcome, ProgressEvent } from "@/lib/ingest/ingest-jobs";
import type { IngestReport } from "@/lib/ingest/ingest-project";
import type { CarriedOver } from "@/lib/mesh/carry-over";

export type Totals = {
  projects: number;
  ingested: number;
  unchanged: number;
  rejected: number;
  failed: number;
  skipped: number;
  nodes: number;
  edges: number;
  /** Cross-project refs of the ingested and unchanged projects, as they stand after the run. */
  crossProjectRefs: CrossProjectRefCounts;
  durationMs: number;
};

/** The lines printed for one project once its ingest has finished. */
export function formatOutcome(outcome: JobOutcome): string {
  const lines: string[] = [];
  switch (outcome.status) {
    case "ingested": {
      const r = outcome.report;
      lines.push(`${r.project}: ingested in ${formatDuration(r.durationMs)}`);
      lines.push(`  from:   ${outcome.source}`);
      lines.push(`  nodes:  ${formatCount(r.nodes)}${formatByType(r.counts)}`);
      lines.push(`  edges:  ${formatCount(r.edges)}`);
      lines.push(`  cross-project refs: ${formatRefs(toRefCounts(r), "it")}`);
      if (hasCarriedOver(r.carriedOver))
        lines.push(`  carried over: ${formatCarriedOver(r.carriedOver)}`);
      break;
    }
    case "unchanged":
      lines.push(
        `${outcome.report.project}: unchanged (same artifacts as stored) in ${formatDuration(outcome.report.durationMs)}`,
      );
      lines.push(`  from:   ${outcome.source}`);
      break;
    case "rejected":
      lines.push(
        `${outcome.project ?? outcome.source}: REJECTED, nothing was written`,
      );
      lines.push(`  from:   ${outcome.source}`);
      lines.push(`  error:  ${outcome.error}`);
      break;
    case "failed":
      lines.push(`${outcome.source}: FAILED, artifacts unavailable`);
      lines.push(`  error:  ${outcome.error}`);
      break;
    case "skipped":
      lines.push(`${outcome.source}: skipped (optional): ${outcome.reason}`);
      break;
  }
  for (const warning of outcome.warnings) lines.push(`  warning: ${warning}`);
  for (const note of outcome.notes) lines.push(`  note:   ${note}`);
  return `${lines.join("\n")}\n`;
}

/** Adds up the outcomes for the closing line and the JSON output. */
export function summarizeOutcomes(
  outcomes: JobOutcome[],
  crossProjectRefs: CrossProjectRefCounts,
  durationMs: number,
): Totals {
  const totals: Totals = {
    projects: outcomes.length,
    ingested: 0,
    unchanged: 0,
    rejected: 0,
    failed: 0,
    skipped: 0,
    nodes: 0,
    edges: 0,
    crossProjectRefs,
    durationMs,
  };
  for (const outcome of outcomes) {
    totals[outcome.status]++;
    if (outcome.status !== "ingested") continue;
    totals.nodes += outcome.report.nodes;
    totals.edges += outcome.report.edges;
  }
  return totals;
}

export function formatTotals(t: Totals): string {
  const statuses = [
    `${t.ingested} ingested`,
    `${t.unchanged} unchanged`,
    `${t.rejected} rejected`,
    ...(t.failed > 0 ? [`${t.failed} failed`] : []),
    ...(t.skipped > 0 ? [`${t.skipped} skipped`] : []),
  ];
  return `Total: ${plural(t.projects, "project")} (${statuses.join(", ")}); ${formatCount(t.nodes)} nodes, ${formatCount(t.edges)} edges; cross-project refs now ${formatRefs(t.crossProjectRefs, "them")}; ${formatDuration(t.durationMs)}\n`;
}

export function formatProgress(event: ProgressEvent): string {
  return `${event.source}: ${event.message} (${formatDuration(event.elapsedMs)} elapsed)\n`;
}

/** A project's counts, as its ingest reported them: the same definition as the total's. */
function toRefCounts(r: IngestReport): CrossProjectRefCounts {
  return {
    resolved: r.crossProjectResolved,
    unresolved: r.crossProjectUnresolved,
    incomingResolved: r.incomingResolved,
  };
}

function formatRefs(r: CrossProjectRefCounts, subject: "it" | "them"): string {
  const outgoing = `${r.resolved} resolved, ${r.unresolved} unresolved`;
  if (r.incomingResolved === 0) return outgoing;
  return `${outgoing}; ${plural(r.incomingResolved, "ref")} from other projects resolve to ${subject}`;
}

function hasCarriedOver(c: CarriedOver): boolean {
  return c.runResults + c.freshness + c.catalog > 0;
}

/** "12 run results, 3 freshness results, 40 catalog stats from earlier runs". */
export function formatCarriedOver(c: CarriedOver): string {
  const parts = [
    ...(c.runResults > 0 ? [plural(c.runResults, "run result")] : []),
    ...(c.freshness > 0 ? [plural(c.freshness, "freshness result")] : []),
    ...(c.catalog > 0 ? [`${plural(c.catalog, "catalog stat")}`] : []),
  ];
  return `${parts.join(", ")} from earlier runs`;
}

function formatByType(counts: Record<string, number>): string {
  const parts = Object.entries(counts)
    .sort(([a], [b]) => typeRank(a) - typeRank(b) || a.localeCompare(b))
    .map(([type, n]) => plural(n, type.replaceAll("_", " ")));
  return parts.length > 0 ? ` (${parts.join(", ")})` : "";
}

/** Resource types in the order dbt users think of them: models first, tests after. */
function typeRank(type: string): number {
  const rank = (RESOURCE_TYPES as readonly string[]).indexOf(type);
  return rank === -1 ? RESOURCE_TYPES.length : rank;
}

function plural(n: number, noun: string): string {
  if (n === 1) return `1 ${noun}`;
  const nouns = noun.endsWith("sis")
    ? `${noun.slice(0, -3)}ses`
    : noun.endsWith("y") && !/[aeiou]y$/.test(noun)
      ? `${noun.slice(0, -1)}ies`
      : `${noun}s`;
  return `${formatCount(n)} ${nouns}`;
}

function formatCount(n: number): string {
  return n.toLocaleString("en-US");
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const minutes = Math.floor(ms / 60_000);
  return `${minutes} min ${Math.round((ms % 60_000) / 1000)} s`;
}
