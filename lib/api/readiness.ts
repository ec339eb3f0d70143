import "server-only";
import { getPool } from "@/lib/db/client";
import { readMigrationStatus } from "@/lib/db/migrate";
import { EnvironmentError, readEnv } from "@/lib/env";
import { loadPolicy } from "@/lib/ingest/policy-source";
import { loadSourcesConfig } from "@/lib/sources/sources-file";

export type ReadinessCheck = {
  name: "environment" | "database" | "migrations" | "policy" | "sources";
  isOk: boolean;
  /** What was found, or what is wrong and where: for an operator. */
  message: string;
};

export type Readiness = { isReady: boolean; checks: ReadinessCheck[] };

/**
 * Whether this server can serve the catalog, and if not, why: the
 * environment is valid, the database answers, every migration on disk is
 * applied (and none changed since), and the maturity policy and sources
 * files read.
 */
export async function checkReadiness(): Promise<Readiness> {
  const checks = [
    await check("environment", () => {
      readEnv();
      return "valid";
    }),
    await check("database", async () => {
      await getPool().query("SELECT 1");
      return "reachable";
    }),
    await check("migrations", async () => {
      const { pending, changed } = await readMigrationStatus(getPool());
      if (changed.length > 0)
        throw new Error(
          `changed on disk after they were applied: ${changed.join(", ")}`,
        );
      if (pending.length > 0)
        throw new Error(`not applied yet: ${pending.join(", ")}`);
      return "all applied";
    }),
    await check("policy", readPolicySource),
    await check("sources", readSourcesFile),
  ];
  return { isReady: checks.every((c) => c.isOk), checks };
}

async function check(
  name: ReadinessCheck["name"],
  run: () => string | Promise<string>,
): Promise<ReadinessCheck> {
  try {
    return { name, isOk: true, message: await run() };
  } catch (error) {
    return { name, isOk: false, message: describe(error) };
  }
}

/** The error's message, or its code alone for a connection failure (no addresses). */
function describe(error: unknown): string {
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === "string" && /^E[A-Z]+$/.test(code))
    return `unreachable (${code})`;
  return typeof message === "string" ? message : String(error);
}

/**
 * What keeps the server from starting, one line per problem: each bad
 * environment variable, then the policy and sources files. Checked before anything else,
 * so that a typo is a clear exit rather than a server that fails later.
 */
export async function findConfigurationProblems(): Promise<string[]> {
  try {
    readEnv();
  } catch (error) {
    return error instanceof EnvironmentError
      ? error.problems
      : [describe(error)];
  }
  const files = [
    await check("policy", readPolicySource),
    await check("sources", readSourcesFile),
  ];
  return files.filter((c) => !c.isOk).map((c) => c.message);
}

/** Reads the maturity policy the environment names; says where it came from. */
async function readPolicySource(): Promise<string> {
  const file = readEnv().policyFile;
  const { policy } = await loadPolicy({ file, cwd: process.cwd() });
  return policy.source;
}

/** Reads the sources file (CATALOG_SOURCES_FILE or catalog-sources.yml); says what it pulls. */
async function readSourcesFile(): Promise<string> {
  const config = await loadSourcesConfig({
    file: readEnv().sourcesFile,
    cwd: process.cwd(),
    env: process.env,
  });
  if (!config) return "no sources file: nothing is pulled";
  return `${config.file}: ${config.sources.length} source(s)`;
}
