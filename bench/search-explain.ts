/** Prints Postgres' plans for the first query of each kind, to check that the indexes carry the search. */
import { closeDb, getPool } from "@/lib/db/client";
import type { BenchQuery } from "./search-queries";

// Pooled clients come back: each is wrapped once.
const explaining = new WeakSet<object>();

export async function explainSearch(queries: BenchQuery[]): Promise<void> {
  const seen = new Set<string>();
  for (const query of queries) {
    if (seen.has(query.kind)) continue;
    seen.add(query.kind);
    console.log(`\n#### ${query.kind}: ${query.label}\n`);
    await withExplainedStatements(async () => {
      const { searchNodes } = await import("@/lib/db/queries/search");
      await searchNodes(query.request);
    });
  }
  // The pool's clients stay wrapped: timings run on a fresh pool.
  await closeDb();
}

/**
 * Runs `search` with every SELECT of the search transaction replaced by
 * EXPLAIN (ANALYZE, BUFFERS) and prints the plans' summaries.
 */
async function withExplainedStatements(
  search: () => Promise<void>,
): Promise<void> {
  const pool = getPool();
  const connect = pool.connect.bind(pool);
  pool.connect = (async () => {
    const client = await connect();
    if (explaining.has(client)) return client;
    explaining.add(client);
    const query = client.query.bind(client) as (
      text: string,
      values?: unknown[],
    ) => Promise<{ rows: unknown[] }>;
    const explained = async (text: string, values?: unknown[]) => {
      if (!/^\s*(WITH|SELECT)/i.test(text)) return query(text, values);
      const plan = await query(
        `EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${text}`,
        values,
      );
      for (const row of plan.rows as { "QUERY PLAN": string }[])
        console.log(row["QUERY PLAN"]);
      console.log("");
      return query(text, values);
    };
    (client as unknown as { query: typeof explained }).query = explained;
    return client;
  }) as typeof pool.connect;
  try {
    await search();
  } finally {
    pool.connect = connect;
  }
}
