import { readEnv } from "@/lib/env";
import { startEmbeddedCluster, type EmbeddedCluster } from "./embedded";
import { migrate } from "./migrate";

const holder = globalThis as typeof globalThis & {
  __meshCatalogConnect?: Promise<ConnectedDatabase>;
};

export type ConnectedDatabase = {
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

async function resolveDatabase(): Promise<ConnectedDatabase> {
  const env = readEnv();
  if (env.databaseUrl) {
    await migrate(env.databaseUrl);
    return { url: env.databaseUrl, isEmbedded: false };
  }
  const cluster = await startEmbeddedCluster(env.dataDir);
  process.env.DATABASE_URL = cluster.url;
  await migrate(cluster.url);
  return { url: cluster.url, isEmbedded: true, cluster };
}
