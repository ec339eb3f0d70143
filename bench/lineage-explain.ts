import { getPool } from "@/lib/db/client";
import { DEPENDENCIES_SQL } from "@/lib/db/queries/dependencies";
import { PROJECT_COUNTS_SQL } from "@/lib/db/queries/lineage-projects";
import { DOWN_SQL, INDUCED_SQL, UP_SQL } from "@/lib/db/queries/lineage-walk";
import { HIDDEN_BY_DEFAULT } from "@/lib/mesh/lineage/type-filter";

/** Prints EXPLAIN ANALYZE of the statements behind the lineage queries. */
export async function explainStatements(focusUniqueId: string): Promise<void> {
  const pool = getPool();
  const focus = await pool.query<{ id: string }>(
    "SELECT id::text AS id FROM nodes WHERE unique_id = $1 LIMIT 1",
    [focusUniqueId],
  );
  const id = focus.rows[0]?.id ?? "0";
  // A realistic frontier: the focus's children and their children.
  const frontier = await pool.query<{ id: string }>(
    `SELECT DISTINCT e2.child_id::text AS id FROM edges e1 JOIN edges e2 ON e2.parent_id = e1.child_id
     WHERE e1.parent_id = $1 LIMIT 200`,
    [id],
  );
  const ids = [id, ...frontier.rows.map((r) => r.id)];
  const statements: [string, string, unknown[]][] = [
    [
      "one hop up (frontier of " + ids.length + ")",
      UP_SQL,
      [ids, null, HIDDEN_BY_DEFAULT],
    ],
    [
      "one hop down (frontier of " + ids.length + ")",
      DOWN_SQL,
      [ids, null, HIDDEN_BY_DEFAULT],
    ],
    ["edges among loaded nodes", INDUCED_SQL, [ids]],
    ["mesh map: project counts", PROJECT_COUNTS_SQL, []],
    ["mesh map: cross-project dependencies", DEPENDENCIES_SQL, []],
  ];
  for (const [name, sql, params] of statements) {
    const plan = await pool.query<{ "QUERY PLAN": string }>(
      `EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${sql}`,
      params,
    );
    console.log(`\n### ${name}\n`);
    console.log(plan.rows.map((r) => r["QUERY PLAN"]).join("\n"));
  }
}
