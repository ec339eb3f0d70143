import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import type { PackageFilter } from "@/lib/artifacts/select-packages";
import { interpolateEnv } from "./loom-env";
import { lineOf, parseLocatedYaml, toKeys, type Located } from "./located-yaml";

/** Every manifest source dbt-loom knows; the catalog reads the `file` one (paths and http(s) URLs). */
export const LOOM_MANIFEST_TYPES = [
  "file",
  "dbt_cloud",
  "paradime",
  "gcs",
  "s3",
  "azure",
  "snowflake",
  "databricks",
] as const;

export type LoomManifestType = (typeof LOOM_MANIFEST_TYPES)[number];

export type LoomSource =
  | { kind: "path"; path: string }
  | { kind: "url"; url: string }
  | { kind: "unsupported"; reason: string };

export type LoomManifestEntry = {
  name: string;
  type: LoomManifestType;
  /** Line of the entry in the config file, for messages. */
  line: number;
  isOptional: boolean;
  source: LoomSource;
  packageFilter: PackageFilter | null;
};

export type LoomConfig = {
  manifests: LoomManifestEntry[];
  warnings: string[];
};

/** A dbt_loom.config.yml that cannot be read; the message names the file and line. */
export class LoomConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LoomConfigError";
  }
}

const URL_SCHEME = /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//;

const entrySchema = z.object({
  name: z.string().min(1),
  type: z.enum(LOOM_MANIFEST_TYPES),
  config: z.record(z.string(), z.unknown()).default({}),
  optional: z.boolean().default(false),
  excluded_packages: z.array(z.string()).default([]),
  included_packages: z.array(z.string()).default([]),
});

/**
 * Reads a dbt-loom config the way dbt-loom does: environment variables are
 * substituted in the whole text first, then it is read as YAML. Relative file
 * paths are taken from the config's own directory (`baseDir`), where dbt runs.
 * Every problem names the file and line.
 */
export function parseLoomConfig(
  text: string,
  options: {
    file: string;
    baseDir: string;
    env: Record<string, string | undefined>;
  },
): LoomConfig {
  const { file } = options;
  const interpolated = interpolateEnv(text, options.env);
  const warnings = interpolated.unset.map(
    ({ name, line }) =>
      `${file}:${line}: environment variable ${name} is not set; it reads as an empty string, as in dbt-loom`,
  );
  const located = parseLocatedYaml(
    interpolated.text,
    file,
    (message) => new LoomConfigError(message),
  );
  const root: unknown = located.doc.toJS();
  const manifests = z
    .object({ manifests: z.array(z.unknown()) })
    .safeParse(root);
  if (!manifests.success)
    fail(
      located,
      ["manifests"],
      "needs a `manifests:` list of upstream manifests",
    );
  const entries = manifests.data.manifests.map((raw, index) =>
    parseEntry(raw, index, located, options.baseDir),
  );
  return { manifests: entries, warnings };
}

function parseEntry(
  raw: unknown,
  index: number,
  located: Located,
  baseDir: string,
): LoomManifestEntry {
  const at = ["manifests", index];
  const parsed = entrySchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const issuePath = toKeys(issue?.path ?? []);
    fail(
      located,
      [...at, ...issuePath],
      `${describePath(at, raw)}${issuePath.length ? `.${issuePath.join(".")}` : ""}: ${issue?.message ?? "is not valid"}`,
    );
  }
  const entry = parsed.data;
  const label = describePath(at, raw);
  if (entry.excluded_packages.length > 0 && entry.included_packages.length > 0)
    fail(
      located,
      at,
      `${label}: excluded_packages and included_packages cannot both be given (as in dbt-loom); use one`,
    );
  return {
    name: entry.name,
    type: entry.type,
    line: lineOf(located, at),
    isOptional: entry.optional,
    source: resolveSource(entry, located, at, baseDir, label),
    packageFilter: toPackageFilter(entry),
  };
}

function resolveSource(
  entry: z.infer<typeof entrySchema>,
  located: Located,
  at: (string | number)[],
  baseDir: string,
  label: string,
): LoomSource {
  if (entry.type !== "file")
    return {
      kind: "unsupported",
      reason: `type ${entry.type} is not read by the catalog, only type file (local paths and http(s) URLs); download the manifest and point a file entry at it`,
    };
  const value = entry.config.path;
  if (typeof value !== "string" || value.trim() === "")
    fail(
      located,
      [...at, "config", "path"],
      `${label}: type file needs config.path, the manifest's path or URL`,
    );
  if (!URL_SCHEME.test(value))
    return { kind: "path", path: path.resolve(baseDir, value) };
  const scheme = value.slice(0, value.indexOf(":")).toLowerCase();
  if (scheme === "http" || scheme === "https")
    return { kind: "url", url: value };
  if (scheme === "file") {
    try {
      return { kind: "path", path: fileURLToPath(value) };
    } catch (error) {
      fail(
        located,
        [...at, "config", "path"],
        `${label}: ${(error as Error).message}`,
      );
    }
  }
  return {
    kind: "unsupported",
    reason: `config.path ${value} uses ${scheme}://, which dbt-loom's file type does not read (only local paths and http(s) URLs)`,
  };
}

function toPackageFilter(
  entry: z.infer<typeof entrySchema>,
): PackageFilter | null {
  if (entry.excluded_packages.length > 0)
    return { mode: "exclude", packages: entry.excluded_packages };
  if (entry.included_packages.length > 0)
    return { mode: "include", packages: entry.included_packages };
  return null;
}

function describePath(at: (string | number)[], raw: unknown): string {
  const name =
    typeof raw === "object" && raw !== null && "name" in raw
      ? raw.name
      : undefined;
  const base = `manifests[${at[1]}]`;
  return typeof name === "string" ? `${base} (${name})` : base;
}

function fail(
  located: Located,
  keys: (string | number)[],
  problem: string,
): never {
  throw new LoomConfigError(
    `${located.file}:${lineOf(located, keys)}: ${problem}`,
  );
}
