import { readEnv } from "@/lib/env";
import { startEmbeddedCluster, type EmbeddedCluster } from "./embedded";
import { migrate } from "./migrate";

/**
 * Set beside DATABASE_URL when that URL is the embedded cluster's. A child
 * process (the server `npm run demo` starts) inherits both, and then joins
 * the cluster itself, with a lease of its own and the means to start it
 * again, rather than taking the URL for an outside server.
 */
const EMBEDDED_URL_VARIABLE = "CATALOG_EMBEDDED_DATABASE_URL";

const holder = globalThis as typeof globalThis & {
  __meshCatalogConnect?: Promise<ConnectedDatabase>;
};

export type ConnectedDatabase = {
  /** The current URL: the embedded cluster's port can change when it is restarted. */
  url: string;
  isEmbedded: boolean;
  cluster?: EmbeddedCluster;
};

/**
 * Resolves the database every entry point uses: DATABASE_URL when set, else the
 * embedded cluster in CATALOG_DATA_DIR (started here, or joined when another
 * process runs it). Applies pending migrations, once per process.
 */
export function connectDatabase(): Promise<ConnectedDatabase> {
  holder.__meshCatalogConnect ??= resolveDatabase().catch((error: unknown) => {
    holder.__meshCatalogConnect = undefined;
    throw error;
  });
  return holder.__meshCatalogConnect;
}

/**
 * `connectDatabase`, then, on the embedded cluster, starts it again if its
 * postmaster has gone (killed, or stopped by others) and points this
 * process's pool at wherever it now listens. What a long-lived server calls
 * to get its database back.
 */
export async function reconnectDatabase(): Promise<ConnectedDatabase> {
  const db = await connectDatabase();
  if (!db.cluster) return db;
  const url = await db.cluster.ensureRunning();
  if (url !== db.url) {
    db.url = url;
    pointAtEmbeddedCluster(url);
  }
  return db;
}

async function resolveDatabase(): Promise<ConnectedDatabase> {
  const env = readEnv();
  const isInherited =
    env.databaseUrl !== undefined &&
    env.databaseUrl === process.env[EMBEDDED_URL_VARIABLE];
  if (env.databaseUrl && !isInherited) {
    await migrate(env.databaseUrl);
    return { url: env.databaseUrl, isEmbedded: false };
  }
  const cluster = await startEmbeddedCluster(env.dataDir);
  try {
    await migrate(cluster.url);
  } catch (error) {
    await cluster.stop();
    throw error;
  }
  pointAtEmbeddedCluster(cluster.url);
  return { url: cluster.url, isEmbedded: true, cluster };
}

function pointAtEmbeddedCluster(url: string): void {
  process.env.DATABASE_URL = url;
  process.env[EMBEDDED_URL_VARIABLE] = url;
}
