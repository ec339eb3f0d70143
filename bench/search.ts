/**
 * Search latency at mesh scale: on the shared 100k-node mesh (ingested through
 * the real pipeline), times `searchNodes` (SQL narrowing, facet counts,
 * fuse.js ranking, highlighting) over a few hundred representative queries.
 * `npm run bench -- search`; BENCH_EXPLAIN=1 also prints the query plans.
 */
import os from "node:os";
import { closeDb, getPool } from "@/lib/db/client";
import { searchNodes } from "@/lib/db/queries/search";
import {
  buildBenchQueries,
  type BenchQuery,
  type QuerySources,
} from "./search-queries";
import { findBackendPids, measureCpu } from "./cpu-time";
import { explainSearch } from "./search-explain";
import { prepareLargeMesh } from "./large-mesh";
import { percentile } from "./machine";

const QUERIES_PER_KIND = 30;
/** Distinct name words of a large, long-lived mesh: the vocabulary typo lookups search. */
const LARGE_VOCABULARY = 300_000;

export async function benchSearch(): Promise<string> {
  const mesh = await prepareLargeMesh();
  process.env.DATABASE_URL = mesh.cluster.url;
  try {
    await getPool().query("VACUUM ANALYZE");
    const queries = buildBenchQueries(
      await readQuerySources(),
      QUERIES_PER_KIND,
    );
    if (process.env.BENCH_EXPLAIN) await explainSearch(queries);
    for (const query of queries.slice(0, 40)) await searchNodes(query.request); // warm-up
    const loadBefore = os.loadavg();
    const timings = await timeQueries(queries);
    const report = formatReport(
      await countNodes(),
      timings,
      loadBefore,
      os.loadavg(),
    );
    const vocabulary = await withLargeVocabulary(() => timeQueries(queries));
    return [
      report,
      "",
      `The same queries with the typo vocabulary padded to ${vocabulary.words.toLocaleString("en")} words (a mesh whose names hold that many distinct words):`,
      "",
      formatTable(vocabulary.timings),
    ].join("\n");
  } finally {
    await closeDb();
  }
}

/**
 * Runs `measure` with search_words padded by random words up to
 * LARGE_VOCABULARY, then takes the padding out again (the mesh is shared by
 * the other sections).
 */
async function withLargeVocabulary<T>(
  measure: () => Promise<T>,
): Promise<{ words: number; timings: T }> {
  const pool = getPool();
  await pool.query(
    `CREATE TABLE bench_padding AS
     SELECT DISTINCT 'zz' || substr(md5(i::text), 1, 4 + i % 8) AS word
     FROM generate_series(1, $1) AS i`,
    [LARGE_VOCABULARY],
  );
  try {
    await pool.query(
      "INSERT INTO search_words (word) SELECT word FROM bench_padding ON CONFLICT DO NOTHING",
    );
    await pool.query("ANALYZE search_words");
    const { rows } = await pool.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM search_words",
    );
    return { words: rows[0]?.n ?? 0, timings: await measure() };
  } finally {
    await pool.query(
      "DELETE FROM search_words s USING bench_padding p WHERE s.word = p.word",
    );
    await pool.query("DROP TABLE bench_padding");
  }
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

function formatReport(
  nodeCount: number,
  timings: Timing[],
  loadBefore: number[],
  loadAfter: number[],
): string {
  const lines: string[] = [];
  const fmt = (n: number) => n.toFixed(1);
  lines.push(
    `${nodeCount.toLocaleString("en")} nodes, ${timings.length} queries, timed server side (SQL narrowing, ranking, facets, highlighting).\n`,
  );
  lines.push(formatTable(timings));
  const slowest = [...timings].sort((a, b) => b.cpuMs - a.cpuMs).slice(0, 5);
  lines.push(
    `\nMost CPU: ${slowest.map((t) => `\`${t.label}\` (${t.kind}, ${fmt(t.cpuMs)} ms)`).join(", ")}.`,
  );
  lines.push(
    `\nWall time is what a caller waits; CPU time is this process's plus the Postgres backends' (from /proc), the work itself whatever else runs. ` +
      `Load average (1 min) ${loadBefore[0]?.toFixed(2)} before, ${loadAfter[0]?.toFixed(2)} after; ${os.cpus().length} CPUs; Node ${process.version}.`,
  );
  lines.push("", "Target: p95 ≤ 50 ms server side at 100k nodes.");
  return lines.join("\n");
}

function formatTable(timings: Timing[]): string {
  const lines: string[] = [];
  const kinds = [...new Set(timings.map((t) => t.kind)), "all"];
  const fmt = (n: number) => n.toFixed(1);
  lines.push(
    "| queries | n | median matches | p50 ms | p95 ms | p99 ms | max ms | CPU p50 ms | CPU p95 ms |",
  );
  lines.push("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const kind of kinds) {
    const rows =
      kind === "all" ? timings : timings.filter((t) => t.kind === kind);
    const ms = rows.map((t) => t.ms).sort((a, b) => a - b);
    const totals = rows.map((t) => t.total).sort((a, b) => a - b);
    const cpu = rows.map((t) => t.cpuMs).sort((a, b) => a - b);
    const label = kind === "all" ? "**all**" : kind;
    lines.push(
      `| ${label} | ${rows.length} | ${percentile(totals, 50)} | ${fmt(percentile(ms, 50))} | ${fmt(percentile(ms, 95))} | ${fmt(percentile(ms, 99))} | ${fmt(ms.at(-1) ?? 0)} | ${fmt(percentile(cpu, 50))} | ${fmt(percentile(cpu, 95))} |`,
    );
  }
  return lines.join("\n");
}
