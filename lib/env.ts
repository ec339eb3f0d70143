import path from "node:path";
import { z } from "zod";

const MEBIBYTE = 1024 * 1024;

const envSchema = z.object({
  DATABASE_URL: z.url().optional(),
  CATALOG_DATA_DIR: z.string().min(1).optional(),
  /** Largest decompressed artifact accepted, in bytes. */
  CATALOG_MAX_ARTIFACT_BYTES: z.coerce.number().int().positive().optional(),
  /** Largest request body the write API reads, all artifacts together, in bytes. */
  CATALOG_MAX_UPLOAD_BYTES: z.coerce.number().int().positive().optional(),
  /** The maturity policy (YAML); default: catalog-policy.yml in the working directory, if any. */
  CATALOG_POLICY_FILE: z.string().min(1).optional(),
  /** The address `npm run demo` and `npm start` listen on; 0.0.0.0 for every interface. */
  HOSTNAME: z.string().min(1).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).optional(),
  /** Runs of each node kept in the run history (test results, build times). */
  CATALOG_RUN_HISTORY: z.coerce.number().int().min(1).max(1000).optional(),
});

export type CatalogEnv = {
  databaseUrl: string | undefined;
  dataDir: string;
  maxArtifactBytes: number;
  maxUploadBytes: number;
  policyFile: string | undefined;
  hostname: string;
  port: number;
  /** Runs of each node kept in the run history; undefined: the default. */
  runHistory: number | undefined;
};

/** Reads and validates the catalog's environment; fails fast on a bad value. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): CatalogEnv {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (i) => `${i.path.join(".")}: ${i.message}`,
    );
    throw new Error(`Invalid environment: ${problems.join("; ")}`);
  }
  const env = parsed.data;
  const maxArtifactBytes = env.CATALOG_MAX_ARTIFACT_BYTES ?? 512 * MEBIBYTE;
  return {
    databaseUrl: env.DATABASE_URL,
    dataDir: path.resolve(
      /* turbopackIgnore: true */ env.CATALOG_DATA_DIR ?? ".data",
    ),
    maxArtifactBytes,
    // A manifest and a catalog near the artifact limit must fit in one upload.
    maxUploadBytes: env.CATALOG_MAX_UPLOAD_BYTES ?? 2 * maxArtifactBytes,
    policyFile: env.CATALOG_POLICY_FILE,
    // Loopback unless told otherwise: a catalog is not put on a network by accident.
    hostname: env.HOSTNAME ?? "127.0.0.1",
    port: env.PORT ?? 3000,
    runHistory: env.CATALOG_RUN_HISTORY,
  };
}
