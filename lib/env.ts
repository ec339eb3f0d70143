import path from "node:path";
import { z } from "zod";

const MEBIBYTE = 1024 * 1024;

/** Below this, an MCP answer could not even say what it left out. */
export const MIN_MCP_TOKEN_BUDGET = 200;
/** Fits a few answers into an assistant's context beside the conversation. */
export const DEFAULT_MCP_TOKEN_BUDGET = 4_000;

/** A token budget as given in the environment or on a command line. */
export const mcpTokenBudgetSchema = z.coerce
  .number()
  .int()
  .min(MIN_MCP_TOKEN_BUDGET)
  .max(1_000_000);

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
  /** Tokens at most in the text of one MCP tool answer (about four characters each). */
  CATALOG_MCP_TOKEN_BUDGET: mcpTokenBudgetSchema.optional(),
  /** Runs of each node kept in the run history (test results, build times). */
  CATALOG_RUN_HISTORY: z.coerce.number().int().min(1).max(1000).optional(),
  /** Derive column lineage after each ingest (on, the default) or not (off). */
  CATALOG_COLUMN_LINEAGE: z.enum(["on", "off"]).optional(),
});

export type CatalogEnv = {
  databaseUrl: string | undefined;
  dataDir: string;
  maxArtifactBytes: number;
  maxUploadBytes: number;
  policyFile: string | undefined;
  hostname: string;
  port: number;
  mcpTokenBudget: number;
  /** Runs of each node kept in the run history; undefined: the default. */
  runHistory: number | undefined;
  /** Whether column lineage is derived after each ingest. */
  isColumnLineageOn: boolean;
};

/** The environment holds bad values: one problem per variable, each naming it. */
export class EnvironmentError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `The environment is not valid:\n${problems.map((p) => `  ${p}`).join("\n")}`,
    );
    this.name = "EnvironmentError";
  }
}

/** Reads and validates the catalog's environment; fails fast on a bad value. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): CatalogEnv {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    throw new EnvironmentError(
      parsed.error.issues.map((i) => {
        const name = String(i.path[0]);
        // A database URL may hold a password: named, never shown.
        const shown =
          name === "DATABASE_URL"
            ? ""
            : `=${JSON.stringify(source[name] ?? "")}`;
        return `${name}${shown}: ${i.message}`;
      }),
    );
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
    mcpTokenBudget: env.CATALOG_MCP_TOKEN_BUDGET ?? DEFAULT_MCP_TOKEN_BUDGET,
    runHistory: env.CATALOG_RUN_HISTORY,
    isColumnLineageOn: env.CATALOG_COLUMN_LINEAGE !== "off",
  };
}
