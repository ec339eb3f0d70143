/**
 * What the sign-in browser tests run against: the catalog with sign-in on,
 * signing in at a real OpenID provider (oidc-provider) in this process, on a
 * throwaway PostgreSQL with the sample mesh. Its test users and groups are in
 * tests/oidc-provider.ts; team-a maintains finance, team-b marketing.
 */
import { startThrowawayCluster } from "@/lib/db/embedded";
import { closeDb } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { ingestSampleMesh } from "@/lib/ingest/ingest-sample";
import { startApp } from "@/lib/cli/next-server";
import { now } from "@/lib/clock";
import {
  CLIENT_ID,
  CLIENT_SECRET,
  startTestProvider,
} from "@/tests/oidc-provider";
import { ROLE_ENV } from "@/tests/sign-in-env";

const port = Number(process.env.E2E_PORT ?? 3108);
const catalogUrl = `http://127.0.0.1:${port}`;
const cluster = await startThrowawayCluster();
process.env.DATABASE_URL = cluster.url;
await migrate(cluster.url);
await ingestSampleMesh({ now: now(), maxArtifactBytes: 64 * 1024 * 1024 });
await closeDb();

const provider = await startTestProvider({
  redirectUris: [`${catalogUrl}/auth/callback`],
});
const server = startApp(port, cluster.url, {
  env: {
    ...ROLE_ENV,
    CATALOG_OIDC_ISSUER: provider.issuer,
    CATALOG_OIDC_CLIENT_ID: CLIENT_ID,
    CATALOG_OIDC_CLIENT_SECRET: CLIENT_SECRET,
    CATALOG_PUBLIC_URL: catalogUrl,
    LOG_LEVEL: "warn",
  },
});
const stop = () => server.kill("SIGTERM");
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
const exitCode = await new Promise<number>((resolve) =>
  server.once("exit", (code) => resolve(code ?? 0)),
);
await provider.close();
await cluster.stop();
process.exit(exitCode);
