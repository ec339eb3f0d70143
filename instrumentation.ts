/**
 * Runs once when the Next server starts: resolves the database (DATABASE_URL,
 * or the embedded cluster) and applies pending migrations before any request.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { connectDatabase } = await import("./lib/db/connect");
  const db = await connectDatabase();
  if (db.isEmbedded)
    console.log(
      `Using the embedded PostgreSQL in ${process.env.CATALOG_DATA_DIR ?? ".data"}`,
    );
}
