/**
 * What the browser tests run against: a throwaway PostgreSQL, migrated, the
 * sample mesh ingested through the real pipeline, and the production build
 * (made by `npm run test:e2e` beforehand) served on E2E_PORT.
 */
import { startThrowawayCluster } from "@/lib/db/embedded";
import { closeDb } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { ingestSampleMesh } from "@/lib/ingest/ingest-sample";
import { startApp } from "@/lib/cli/next-server";
import { ingestProject } from "@/lib/ingest/ingest-project";
import { settleColumnLineage } from "@/lib/ingest/column-lineage-after-ingest";
import { buildTrustManifest, TRUST_PROJECT } from "./trust-project";
import { createToken } from "@/lib/db/tokens";
import { buildXssManifest } from "./xss-project";
import { serverLogFile, writeE2eToken } from "./token";
import { createWriteStream } from "node:fs";
import { buildEditedPlatform } from "./reingest-project";
import { now } from "@/lib/clock";
import { writeE2eSources } from "./sources-file";

const port = Number(process.env.E2E_PORT ?? 3107);
const cluster = await startThrowawayCluster();
process.env.DATABASE_URL = cluster.url;
await migrate(cluster.url);
const maxArtifactBytes = 64 * 1024 * 1024;
// Stamped by the clock the server judges freshness by, so pages read as fresh on any day.
const builtAt = now();
await ingestSampleMesh({ now: builtAt, maxArtifactBytes });
// platform again, a public model's column gone: a breaking change in the feed.
await ingestProject({
  artifacts: buildEditedPlatform(builtAt),
  origin: "cli",
  maxArtifactBytes,
});
// A project full of XSS payloads, for the security specs.
await ingestProject({
  artifacts: {
    manifest: {
      file: "xss_lab/manifest.json",
      bytes: Buffer.from(buildXssManifest()),
    },
  },
  origin: "cli",
  maxArtifactBytes,
});
// A product whose freshness was never checked (no sources.json).
const trustManifest = buildTrustManifest();
await ingestProject({
  artifacts: {
    manifest: {
      file: `${TRUST_PROJECT}/manifest.json`,
      bytes: Buffer.from(trustManifest),
    },
  },
  origin: "cli",
  maxArtifactBytes,
});
// Column lineage is derived in the background after each ingest: the specs
// read it whole.
await settleColumnLineage();
// A write token for the upload specs, written where they read it.
await writeE2eToken(port, (await createToken({ project: null })).secret);
await closeDb();

// The server's log (JSON lines on standard error) is kept for log-scan.ts;
// what it prints to standard output, and its warnings, show here.
const sourcesFile = await writeE2eSources({
  project: TRUST_PROJECT,
  text: trustManifest,
});
const server = startApp(port, cluster.url, {
  output: "pipe",
  env: { CATALOG_SOURCES_FILE: sourcesFile },
});
const log = createWriteStream(serverLogFile(port));
server.stdout?.pipe(process.stdout);
server.stderr?.pipe(log);
server.stderr?.on("data", (chunk: Buffer) => {
  for (const line of chunk.toString("utf8").split("\n"))
    if (line && !line.includes('"level":"info"'))
      process.stderr.write(`${line}\n`);
});
const stop = () => server.kill("SIGTERM");
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
const exitCode = await new Promise<number>((resolve) =>
  server.once("exit", (code) => resolve(code ?? 0)),
);
await cluster.stop();
process.exit(exitCode);
