/**
 * Child process: adds the lineage benchmark's projects (see
 * `lineage-shapes.ts`) to the mesh in DATABASE_URL through the real ingest
 * pipeline, unless they are there already, and reports what the mesh holds.
 */
import { closeDb, getPool } from "@/lib/db/client";
import { ingestProject } from "@/lib/ingest/ingest-project";
import { toSampleArtifacts } from "@/lib/ingest/ingest-sample";
import { generateLineageShapes, HUB_PROJECT } from "./lineage-shapes";

const TARGET_PROJECTS = Number(process.argv[2] ?? 500);

const started = performance.now();
const pool = getPool();
const hub = await pool.query("SELECT 1 FROM projects WHERE name = $1", [
  HUB_PROJECT,
]);
let added = 0;
if (hub.rowCount === 0) {
  const existing = await pool.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM projects",
  );
  for (const project of generateLineageShapes({
    existing: existing.rows[0]?.n ?? 0,
    target: TARGET_PROJECTS,
  })) {
    await ingestProject({
      artifacts: toSampleArtifacts(project),
      origin: "cli",
      maxArtifactBytes: 1 << 30,
    });
    added += 1;
  }
}
const counts = await pool.query<{ projects: number; nodes: number }>(
  `SELECT (SELECT count(*)::int FROM projects) AS projects,
          (SELECT count(*)::int FROM nodes) AS nodes`,
);
await closeDb();
console.log(
  JSON.stringify({
    added,
    ...counts.rows[0],
    wallMs: performance.now() - started,
  }),
);
process.exit(0);
