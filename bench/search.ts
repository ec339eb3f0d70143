/**
 * Search latency at mesh scale: builds a synthetic mesh (200 projects × 200
 * models by default, about 100k nodes with their tests) in a throwaway
 * PostgreSQL through the real ingest pipeline, then times `searchNodes` (SQL
 * narrowing, facet counts, fuse.js ranking, highlighting) over a few hundred
 * representative queries and prints a Markdown table.
 *
 *   tsx --conditions=react-server bench/search.ts [--projects 200] [--models 200] [--per-kind 30] [--explain]
 *
 * BENCH_DATA_DIR=dir keeps the cluster (and its mesh) in `dir` between runs.
 */
import os from "node:os";
import { parseArgs } from "node:util";
import type { ArtifactKind } from "@/lib/artifacts/types";
import { closeDb, getPool } from "@/lib/db/client";
import { startEmbeddedCluster, startThrowawayCluster } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { searchNodes } from "@/lib/db/queries/search";
import { ingestProject, type RawArtifact } from "@/lib/ingest/ingest-project";
import { generateSyntheticMesh, toDbtJson } from "@/lib/sample";
import {
  buildBenchQueries,
  type BenchQuery,
  type QuerySources,
} from "./search-queries";
import { findBackendPids, measureCpu } from "./cpu-time";
import { explainSearch } from "./search-explain";

const { values: args } = parseArgs({
  options: {
    projects: { type: "string", default: "200" },
    models: { type: "string", default: "200" },
    "per-kind": { type: "string", default: "30" },
    explain: { type: "boolean", default: false },
  },
});

const dataDir = process.env.BENCH_DATA_DIR;
const cluster = dataDir
  ? await startEmbeddedCluster(dataDir, { isEphemeral: true })
  : await startThrowawayCluster();
process.env.DATABASE_URL = cluster.url;
let exitCode = 0;
try {
  await migrate(cluster.url);
  const nodeCount = await ensureMesh(
    Number(args.projects),
    Number(args.models),
  );
  await getPool().query("VACUUM ANALYZE");
  const queries = buildBenchQueries(
    await readQuerySources(),
    Number(args["per-kind"]),
  );
  if (args.explain) await explainSearch(queries);
  for (const query of queries.slice(0, 40)) await searchNodes(query.request); // warm-up
  const loadBefore = os.loadavg();
  const timings = await timeQueries(queries);
  printReport(nodeCount, timings, loadBefore, os.loadavg());
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  await closeDb();
  await cluster.stop();
}
process.exit(exitCode);

async function ensureMesh(projects: number, models: number): Promise<number> {
  const existing = await countNodes();
  if (existing > 0) {
    console.log(`Reusing the mesh in ${dataDir}: ${existing} nodes`);
    return existing;
  }
  const started = performance.now();
  let index = 0;
  for (const project of generateSyntheticMesh({
    projects,
    modelsPerProject: models,
  })) {
    const artifacts: Partial<Record<ArtifactKind, RawArtifact>> = {
      manifest: {
        file: "manifest.json",
        bytes: Buffer.from(toDbtJson(project.files.manifest)),
      },
    };
    if (project.files.catalog)
      artifacts.catalog = {
        file: "catalog.json",
        bytes: Buffer.from(toDbtJson(project.files.catalog)),
      };
    await ingestProject({
      artifacts,
      origin: "cli",
      maxArtifactBytes: 1 << 30,
    });
    if (++index % 20 === 0)
      process.stderr.write(
        `  ingested ${index}/${projects} projects (${Math.round((performance.now() - started) / 1000)} s)\n`,
      );
  }
  return countNodes();
}

async function countNodes(): Promise<number> {
  const { rows } = await getPool().query<{ count: string }>(
    "SELECT count(*) FROM search_documents",
  );
  return Number(rows[0]?.count ?? 0);
}

async function readQuerySources(): Promise<QuerySources> {
  const pool = getPool();
  const names = await pool.query<{ name: string }>(
    "SELECT DISTINCT name FROM nodes WHERE resource_type IN ('model','source','seed','exposure') ORDER BY name",
  );
  const words = await pool.query<{ word: string }>(
    `SELECT word FROM ts_stat($$SELECT to_tsvector('simple', description) FROM nodes WHERE resource_type = 'model' AND id % 50 = 0$$)
     WHERE length(word) >= 5 AND word ~ '^[a-z]+$' ORDER BY ndoc DESC, word LIMIT 300`,
  );
  const columnWords = await pool.query<{ word: string }>(
    `SELECT DISTINCT split_part(name, '_', 1) AS word FROM columns WHERE node_id % 50 = 0 AND length(split_part(name, '_', 1)) >= 4 ORDER BY 1 LIMIT 200`,
  );
  const projects = await pool.query<{ name: string }>(
    "SELECT name FROM projects ORDER BY name",
  );
  return {
    names: names.rows.map((r) => r.name),
    descriptionWords: words.rows.map((r) => r.word),
    columnWords: columnWords.rows.map((r) => r.word),
    projects: projects.rows.map((r) => r.name),
  };
}

type Timing = {
  kind: string;
  label: string;
  ms: number;
  cpuMs: number;
  total: number;
};

async function timeQueries(queries: BenchQuery[]): Promise<Timing[]> {
  const backendPids = await findBackendPids();
  const timings: Timing[] = [];
  for (const query of queries) {
    const started = performance.now();
    const { result, cpuMs } = await measureCpu(backendPids, () =>
      searchNodes(query.request),
    );
    timings.push({
      kind: query.kind,
      label: query.label,
      ms: performance.now() - started,
      cpuMs,
      total: result.total,
    });
  }
  return timings;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return (
    sorted[
      Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
    ] ?? 0
  );
}

function printReport(
  nodeCount: number,
  timings: Timing[],
  loadBefore: number[],
  loadAfter: number[],
): void {
  const kinds = [...new Set(timings.map((t) => t.kind)), "all"];
  const fmt = (n: number) => n.toFixed(1);
  console.log(
    `\n### Search, ${nodeCount.toLocaleString("en")} nodes, ${timings.length} queries (server side: SQL + ranking)\n`,
  );
  console.log(
    "| queries | n | median matches | p50 ms | p95 ms | p99 ms | max ms | CPU p50 ms | CPU p95 ms |",
  );
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const kind of kinds) {
    const rows =
      kind === "all" ? timings : timings.filter((t) => t.kind === kind);
    const ms = rows.map((t) => t.ms).sort((a, b) => a - b);
    const totals = rows.map((t) => t.total).sort((a, b) => a - b);
    const cpu = rows.map((t) => t.cpuMs).sort((a, b) => a - b);
    const label = kind === "all" ? "**all**" : kind;
    console.log(
      `| ${label} | ${rows.length} | ${percentile(totals, 50)} | ${fmt(percentile(ms, 50))} | ${fmt(percentile(ms, 95))} | ${fmt(percentile(ms, 99))} | ${fmt(ms.at(-1) ?? 0)} | ${fmt(percentile(cpu, 50))} | ${fmt(percentile(cpu, 95))} |`,
    );
  }
  const slowest = [...timings].sort((a, b) => b.cpuMs - a.cpuMs).slice(0, 5);
  console.log(
    `\nMost CPU: ${slowest.map((t) => `\`${t.label}\` (${t.kind}, ${fmt(t.cpuMs)} ms)`).join(", ")}.`,
  );
  console.log(
    `\nWall time is what a caller waits; CPU time is this process's plus the Postgres backends' (from /proc), the work itself whatever else runs. ` +
      `Load average (1 min) ${loadBefore[0]?.toFixed(2)} before, ${loadAfter[0]?.toFixed(2)} after; ${os.cpus().length} CPUs; Node ${process.version}.`,
  );
}
