import { getPool } from "@/lib/db/client";
import { DEPENDENCIES_SQL } from "@/lib/db/queries/dependencies";
import { PROJECT_COUNTS_SQL } from "@/lib/db/queries/lineage-projects";
import { DOWN_SQL, INDUCED_SQL, UP_SQL } from "@/lib/db/queries/lineage-walk";
import { HIDDEN_BY_DEFAULT } from "@/lib/mesh/lineage/type-filter";

/**
 * The alternative the walk does not use: the whole closure in one recursive
 * CTE. PostgreSQL cannot keep a visited set across iterations, so a node is
 * produced once per distinct depth it is reached at, and the cap can only be
 * applied after the recursion (a LIMIT under GROUP BY does not stop it).
 */
export const RECURSIVE_CTE_SQL = `
  WITH RECURSIVE walk(id, depth) AS (
    SELECT $1::bigint, 0
    UNION
    SELECT e.child_id, w.depth + 1
    FROM walk w
    JOIN edges e ON e.parent_id = w.id
    JOIN nodes n ON n.id = e.child_id
    WHERE w.depth < 50 AND NOT (n.resource_type = ANY($2::text[]))
  )
  SELECT id, min(depth) AS depth FROM walk GROUP BY id LIMIT 10001`;

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
    [
      "full downstream as one recursive CTE (not used)",
      RECURSIVE_CTE_SQL,
      [id, HIDDEN_BY_DEFAULT],
    ],
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
