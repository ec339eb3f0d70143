/** Timing of the lineage queries, shared by `npm run bench -- lineage-queries` and bench/lineage-queries.ts. */
import { getPool } from "@/lib/db/client";
import { getLineage } from "@/lib/db/queries/lineage";
import { getImpact } from "@/lib/db/queries/lineage-impact";
import { getMeshMap } from "@/lib/db/queries/lineage-projects";
import { getStar } from "@/lib/db/queries/lineage-star";
import {
  DEFAULT_TYPE_FILTER,
  HIDDEN_BY_DEFAULT,
} from "@/lib/mesh/lineage/type-filter";
import { RECURSIVE_CTE_SQL } from "./lineage-explain";
import { timeCollapseInMemory } from "./lineage-collapse";

type Timing = { name: string; detail: string; times: number[] };

async function time(
  name: string,
  run: () => Promise<string>,
  runs: number,
): Promise<Timing> {
  const detail = await run(); // warm-up, and what the query returned
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return { name, detail, times };
}

function format(t: Timing): string {
  const sorted = [...t.times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  return `| ${t.name} | ${ms(median)} | ${ms(sorted[0] ?? 0)} | ${ms(sorted.at(-1) ?? 0)} | ${t.detail} |`;
}

/** Picks focus nodes: the model with the largest downstream closure, and a mid-level one. */
export async function pickFocus(): Promise<{
  hub: string;
  mid: string;
  top: string;
}> {
  const pool = getPool();
  const hub = await pool.query<{ unique_id: string }>(
    `SELECT n.unique_id FROM nodes n JOIN edges e ON e.parent_id = n.id JOIN nodes c ON c.id = e.child_id
     WHERE n.resource_type = 'model' AND n.access = 'public' AND e.is_cross_project
     GROUP BY n.unique_id ORDER BY count(*) DESC, n.unique_id LIMIT 1`,
  );
  const mid = await pool.query<{ unique_id: string }>(
    `SELECT unique_id FROM nodes WHERE resource_type = 'model' AND name LIKE 'int\\_%'
     ORDER BY unique_id LIMIT 1 OFFSET 1000`,
  );
  const top = await pool.query<{ unique_id: string }>(
    `SELECT c.unique_id FROM edges e JOIN nodes c ON c.id = e.child_id
     WHERE e.is_cross_project AND c.resource_type = 'model'
     GROUP BY c.unique_id ORDER BY count(*) DESC, c.unique_id LIMIT 1`,
  );
  return {
    hub: hub.rows[0]?.unique_id ?? "",
    mid: mid.rows[0]?.unique_id ?? "",
    top: top.rows[0]?.unique_id ?? "",
  };
}

/**
 * Times the lineage queries on the mesh in DATABASE_URL (already ingested and
 * analyzed) and returns a Markdown table, plus the pure collapse in memory.
 */
export async function measureLineageQueries(runs: number): Promise<string> {
  const focus = await pickFocus();
  const lineage =
    (uniqueId: string, hops: number, maxDrawn?: number) => async () => {
      const r = await getLineage({
        uniqueId,
        project: null,
        up: hops,
        down: hops,
        filter: DEFAULT_TYPE_FILTER,
        maxDrawn,
      });
      if (r.status !== "found") return r.status;
      const l = r.lineage;
      return `${l.total} nodes → ${l.nodes.length} drawn, ${l.edges.length} edges${l.isCollapsed ? ", collapsed" : ""}${l.isTruncated ? ", truncated" : ""}`;
    };
  const timeRuns = (name: string, run: () => Promise<string>) =>
    time(name, run, runs);
  const timings = [
    await timeRuns(`2-hop lineage of ${focus.mid}`, lineage(focus.mid, 2)),
    await timeRuns(`2-hop lineage of ${focus.hub}`, lineage(focus.hub, 2)),
    await timeRuns(
      `full lineage of ${focus.top}`,
      lineage(focus.top, Infinity),
    ),
    await timeRuns(
      `full lineage of ${focus.hub}`,
      lineage(focus.hub, Infinity),
    ),
    await timeRuns(
      `full lineage of ${focus.top}, drawing budget 100`,
      lineage(focus.top, Infinity, 100),
    ),
    await timeRuns(
      `downstream ids of ${focus.hub}, one recursive CTE`,
      async () => {
        const r = await getPool().query(
          `${RECURSIVE_CTE_SQL.replace("$1::bigint", "(SELECT id FROM nodes WHERE unique_id = $1 LIMIT 1)")}`,
          [focus.hub, HIDDEN_BY_DEFAULT],
        );
        return `${r.rowCount} nodes, ids only (for comparison)`;
      },
    ),
    await timeRuns("mesh map", async () => {
      const map = await getMeshMap();
      return `${map.projects.length} projects, ${map.edges.length} edges`;
    }),
    await timeRuns(`impact of ${focus.hub}`, async () => {
      const r = await getImpact({
        uniqueId: focus.hub,
        project: null,
        filter: DEFAULT_TYPE_FILTER,
      });
      return r.status === "found"
        ? `${r.report.total} nodes in ${r.report.projects.length} projects`
        : r.status;
    }),
    await timeRuns(`star of ${focus.top}`, async () => {
      const r = await getStar({ uniqueId: focus.top, project: null });
      return r.status === "found"
        ? `${r.star.kind}: ${r.star.tables.length} tables, ${r.star.relationships.length} joins`
        : r.status;
    }),
  ];
  return [
    `Median of ${runs} runs after a warm-up.`,
    "",
    "| query | median | min | max | result |",
    "|---|---|---|---|---|",
    ...timings.map(format),
    "",
    "In memory (pure traversal and collapse, no database):",
    "",
    ...[5_000, 10_000].map((size) => timeCollapseInMemory(size)),
  ].join("\n");
}
