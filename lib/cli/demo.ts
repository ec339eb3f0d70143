/**
 * `npm run demo`: the catalog with its sample mesh, from nothing. Starts (or
 * joins) the embedded PostgreSQL, ingests the sample mesh through the real
 * pipeline, builds the app when the build is missing or stale, and serves it
 * on http://127.0.0.1:3000 (HOSTNAME and PORT to change). Ctrl-C stops
 * everything.
 */
import { closeDb } from "@/lib/db/client";
import { connectDatabase } from "@/lib/db/connect";
import { countCrossProjectRefs } from "@/lib/db/cross-project-refs";
import { readEnv } from "@/lib/env";
import { hasProject } from "@/lib/db/queries/exists";
import {
  ingestSampleHistory,
  ingestSampleMesh,
  SAMPLE_HISTORY,
} from "@/lib/ingest/ingest-sample";
import { exitWithError, readHelpOnly } from "./command-line";
import { buildApp, isBuildStale, startApp } from "./next-server";

readHelpOnly(
  process.argv.slice(2),
  `Usage: npm run demo

Starts the catalog with its sample mesh: the embedded PostgreSQL (or
DATABASE_URL), the migrations, the sample mesh ingested, the app built when
the build is missing or stale (one to two minutes), then served.

Environment:
  HOSTNAME   the address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)
  PORT       the port (default 3000)
  CATALOG_DATA_DIR, DATABASE_URL: see the README
`,
);
const { hostname, port } = readEnv();
const db = await connectDatabase().catch(exitWithError);
console.log(
  db.isEmbedded
    ? `PostgreSQL: embedded, in ${readEnv().dataDir}`
    : "PostgreSQL: DATABASE_URL",
);

// A fresh catalog gets yesterday's builds first, so that its change feed
// has a breaking change to show.
if (!(await hasProject(SAMPLE_HISTORY.project))) {
  console.log("Sample mesh: yesterday's builds first, for the change feed…");
  await ingestSampleHistory({ maxArtifactBytes: readEnv().maxArtifactBytes });
}
const reports = await ingestSampleMesh({
  maxArtifactBytes: readEnv().maxArtifactBytes,
});
for (const report of reports) {
  const nodes = Object.values(report.counts).reduce((sum, n) => sum + n, 0);
  console.log(
    `Sample project ${report.project}: ${report.status}, ${nodes} nodes`,
  );
}
const refs = await countCrossProjectRefs(reports.map((r) => r.project));
console.log(
  `Cross-project refs: ${refs.resolved} resolved, ${refs.unresolved} waiting for a project not ingested`,
);
await closeDb();

if (await isBuildStale()) {
  console.log("Building the app (next build)…");
  await buildApp();
}

const server = startApp(port, db.url, { hostname });
console.log(
  `\nThe catalog is on ${describeAddress(hostname, port)}  (Ctrl-C to stop)\n`,
);
const stopServer = () => server.kill("SIGTERM");
process.once("SIGINT", stopServer);
process.once("SIGTERM", stopServer);
const exitCode = await new Promise<number>((resolve) =>
  server.once("exit", (code) => resolve(code ?? 0)),
);
await db.cluster?.stop();
// Exit explicitly: idle pool sockets or timers must not keep the demo alive.
process.exit(exitCode);

function describeAddress(host: string, port: number): string {
  if (host === "0.0.0.0" || host === "::")
    return `http://localhost:${port}, listening on every interface`;
  return `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
}
