import { getPool } from "@/lib/db/client";

/** Rows of every table of the public schema, by table: shows whether anything was written. */
export async function countEveryTable(): Promise<Record<string, number>> {
  const pool = getPool();
  const tables = await pool.query<{ name: string }>(
    `SELECT quote_ident(tablename) AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables.rows) {
    const result = await pool.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM ${name}`,
    );
    counts[name] = result.rows[0]?.count ?? 0;
  }
  return counts;
}
