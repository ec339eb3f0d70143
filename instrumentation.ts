/**
 * Runs once when the Next server starts: counts and logs each request
 * (metrics at `/metrics`, JSON log lines with a request id), checks the configuration (a bad
 * environment variable or policy file ends the server at once, one line per
 * problem), gets the database (DATABASE_URL, or
 * the embedded cluster) and applies pending migrations before the first
 * request when it can, then keeps it: a supervisor restarts the embedded
 * cluster when it dies, `/api/ready` answers 503 while the database is
 * away, and the server exits when it stays away (rather than answer 503 for ever).
 * With a sources file, it then pulls the sources on their schedules.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startRequestTracing } = await import("./lib/ops/tracing");
  startRequestTracing();
  const { findConfigurationProblems } = await import("./lib/api/readiness");
  const problems = await findConfigurationProblems();
  if (problems.length > 0) {
    console.error(
      `The catalog cannot start:\n${problems.map((p) => `  ${p}`).join("\n")}`,
    );
    process.exit(1);
  }
  const { superviseDatabase } = await import("./lib/db/supervisor");
  const supervisor = superviseDatabase({
    onGiveUp: (error) => {
      console.error(
        "The database did not come back; stopping the server.",
        error,
      );
      process.exit(1);
    },
  });
  if (!(await supervisor.firstCheck)) return;
  const { connectDatabase } = await import("./lib/db/connect");
  const database = await connectDatabase();
  if (database.isEmbedded)
    console.log(
      `Using the embedded PostgreSQL in ${process.env.CATALOG_DATA_DIR ?? ".data"}`,
    );
  const { startConfiguredScheduler } =
    await import("./lib/sources/running-scheduler");
  await startConfiguredScheduler(database.url);
}

/**
 * Next calls this for every error a request's rendering throws. A page that
 * failed because the database went away tells the supervisor at once, so
 * that the requests after it get the "unavailable" page (503) from proxy.ts.
 */
export async function onRequestError(error: unknown): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { isConnectionLost, reportConnectionLost } =
    await import("./lib/db/availability");
  if (isConnectionLost(error)) reportConnectionLost();
}
