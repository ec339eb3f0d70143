import path from "node:path";
import { z } from "zod";
import { isProjectName } from "@/lib/artifacts/project-name";

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

/** A comma-separated list of group names. */
const groupListSchema = z.string().transform((value) =>
  value
    .split(",")
    .map((group) => group.trim())
    .filter(Boolean),
);

/** Comma-separated `group:project` pairs, one project per pair. */
const maintainerListSchema = z.string().transform((value, context) => {
  const pairs: MaintainerGrant[] = [];
  for (const entry of value.split(",").map((e) => e.trim())) {
    if (!entry) continue;
    const match = /^([^:]+):(.+)$/.exec(entry);
    const project = match?.[2]?.trim() ?? "";
    if (!match?.[1]?.trim() || !isProjectName(project)) {
      context.addIssue({
        code: "custom",
        message: `"${entry}" is not of the form group:project (a dbt project name)`,
      });
      continue;
    }
    pairs.push({ group: match[1].trim(), project });
  }
  return pairs;
});

const envSchema = z.object({
  DATABASE_URL: z.url().optional(),
  CATALOG_DATA_DIR: z.string().min(1).optional(),
  /** Largest decompressed artifact accepted, in bytes. */
  CATALOG_MAX_ARTIFACT_BYTES: z.coerce.number().int().positive().optional(),
  /** Largest request body the write API reads, all artifacts together, in bytes. */
  CATALOG_MAX_UPLOAD_BYTES: z.coerce.number().int().positive().optional(),
  /** The maturity policy (YAML); default: catalog-policy.yml in the working directory, if any. */
  CATALOG_POLICY_FILE: z.string().min(1).optional(),
  /** Where to pull artifacts from, on a schedule (YAML); default: catalog-sources.yml in the working directory, if any. */
  CATALOG_SOURCES_FILE: z.string().min(1).optional(),
  /** The address `npm run demo` and `npm start` listen on; 0.0.0.0 for every interface. */
  HOSTNAME: z.string().min(1).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).optional(),
  /** Tokens at most in the text of one MCP tool answer (about four characters each). */
  CATALOG_MCP_TOKEN_BUDGET: mcpTokenBudgetSchema.optional(),
  /** Runs of each node kept in the run history (test results, build times). */
  CATALOG_RUN_HISTORY: z.coerce.number().int().min(1).max(1000).optional(),
  /** Sign-in: the OpenID Connect issuer; with the client id and secret, turns sign-in on. */
  CATALOG_OIDC_ISSUER: z.url().optional(),
  CATALOG_OIDC_CLIENT_ID: z.string().min(1).optional(),
  CATALOG_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  /** Scopes asked of the provider, space-separated; add the one that releases groups, if it needs one. */
  CATALOG_OIDC_SCOPE: z.string().min(1).optional(),
  /** The claim of the ID token or userinfo that lists the user's groups. */
  CATALOG_OIDC_GROUPS_CLAIM: z.string().min(1).optional(),
  /** The catalog's address as its users reach it, for the sign-in redirect; default: the request's. */
  CATALOG_PUBLIC_URL: z.url().optional(),
  /** Groups whose members read the catalog; unset: everyone who signs in. */
  CATALOG_READER_GROUPS: groupListSchema.optional(),
  /** Groups whose members administer the catalog. */
  CATALOG_ADMIN_GROUPS: groupListSchema.optional(),
  /** `group:project` pairs: the group's members maintain the project. */
  CATALOG_MAINTAINER_GROUPS: maintainerListSchema.optional(),
  /** Derive column lineage after each ingest (on, the default) or not (off). */
  CATALOG_COLUMN_LINEAGE: z.enum(["on", "off"]).optional(),
});

/** The three variables that turn sign-in on, all or none. */
const OIDC_VARIABLES = [
  "CATALOG_OIDC_ISSUER",
  "CATALOG_OIDC_CLIENT_ID",
  "CATALOG_OIDC_CLIENT_SECRET",
] as const;

export type CatalogEnv = {
  databaseUrl: string | undefined;
  dataDir: string;
  maxArtifactBytes: number;
  maxUploadBytes: number;
  policyFile: string | undefined;
  sourcesFile: string | undefined;
  hostname: string;
  port: number;
  mcpTokenBudget: number;
  /** Runs of each node kept in the run history; undefined: the default. */
  runHistory: number | undefined;
  /** Whether column lineage is derived after each ingest. */
  isColumnLineageOn: boolean;
  /** Sign-in, when an identity provider is configured; null: the catalog is open. */
  signIn: SignInConfig | null;
};

/** A group whose members maintain a project. */
export type MaintainerGrant = { group: string; project: string };

/** How groups become roles: see lib/auth/roles.ts. */
export type RoleMapping = {
  /** null: everyone who signs in reads. */
  readerGroups: string[] | null;
  adminGroups: string[];
  maintainerGroups: MaintainerGrant[];
};

export type SignInConfig = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  scope: string;
  groupsClaim: string;
  publicUrl: string | undefined;
  roles: RoleMapping;
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
        // A database URL may hold a password, the client secret is one: named, never shown.
        const shown =
          name === "DATABASE_URL" || name === "CATALOG_OIDC_CLIENT_SECRET"
            ? ""
            : `=${JSON.stringify(source[name] ?? "")}`;
        return `${name}${shown}: ${i.message}`;
      }),
    );
  }
  const env = parsed.data;
  const missing = OIDC_VARIABLES.filter((name) => !env[name]);
  if (missing.length > 0 && missing.length < OIDC_VARIABLES.length)
    throw new EnvironmentError(
      missing.map(
        (name) =>
          `${name}: missing; sign-in needs all of ${OIDC_VARIABLES.join(", ")}`,
      ),
    );
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
    sourcesFile: env.CATALOG_SOURCES_FILE,
    // Loopback unless told otherwise: a catalog is not put on a network by accident.
    hostname: env.HOSTNAME ?? "127.0.0.1",
    port: env.PORT ?? 3000,
    mcpTokenBudget: env.CATALOG_MCP_TOKEN_BUDGET ?? DEFAULT_MCP_TOKEN_BUDGET,
    runHistory: env.CATALOG_RUN_HISTORY,
    isColumnLineageOn: env.CATALOG_COLUMN_LINEAGE !== "off",
    signIn: readSignIn(env),
  };
}

function readSignIn(env: z.infer<typeof envSchema>): SignInConfig | null {
  const issuer = env.CATALOG_OIDC_ISSUER;
  const clientId = env.CATALOG_OIDC_CLIENT_ID;
  const clientSecret = env.CATALOG_OIDC_CLIENT_SECRET;
  if (!issuer || !clientId || !clientSecret) return null;
  return {
    issuer,
    clientId,
    clientSecret,
    scope: env.CATALOG_OIDC_SCOPE ?? "openid profile email",
    groupsClaim: env.CATALOG_OIDC_GROUPS_CLAIM ?? "groups",
    publicUrl: env.CATALOG_PUBLIC_URL,
    roles: {
      readerGroups: env.CATALOG_READER_GROUPS ?? null,
      adminGroups: env.CATALOG_ADMIN_GROUPS ?? [],
      maintainerGroups: env.CATALOG_MAINTAINER_GROUPS ?? [],
    },
  };
}
