import type { Pool } from "pg";
import { getPool } from "./client";

/** The tables an ingest fills, whose statistics the read queries' plans rest on. */
export const INGESTED_TABLES = [
  "nodes",
  "columns",
  "edges",
  "tests",
  "run_results",
  "catalog_entries",
  "source_freshness",
  "doc_blocks",
  "groups",
  "search_documents",
  "search_words",
  "product_scores",
  "product_score_history",
] as const;

/**
 * Growth past the last ANALYZE that makes a table's statistics stale: twice
 * the pages, and at least 16 more (128 kB). Bulk loads into small tables are
 * what leave plans wrong; gradual growth and small ingests are autovacuum's.
 */
const STALE_SQL = `
  SELECT c.relname AS name
  FROM pg_class c
  WHERE c.relnamespace = current_schema()::regnamespace
    AND c.relkind = 'r'
    AND c.relname = ANY($1::text[])
    AND pg_relation_size(c.oid) / current_setting('block_size')::int
        > greatest(c.relpages, 0) * 2 + 16
  ORDER BY c.relname`;

/**
 * Analyzes the ingested tables that grew well past their last statistics.
 * Autovacuum gets there too, but a minute or more later: until then a large
 * ingest leaves the planner guessing (seq scans where an index serves), and a
 * product page read three times slower. Returns the tables analyzed. Growth is
 * read from the tables' sizes, not from the statistics collector, which may
 * not yet have counted a write that has just committed.
 */
export async function refreshStaleStatistics(
  pool: Pool = getPool(),
): Promise<string[]> {
  const { rows } = await pool.query<{ name: string }>(STALE_SQL, [
    INGESTED_TABLES,
  ]);
  const names = rows.map((r) => r.name);
  if (names.length > 0)
    await pool.query(
      `ANALYZE ${names.map((n) => `"${n.replaceAll('"', '""')}"`).join(", ")}`,
    );
  return names;
}
