import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { ARTIFACT_FILE_NAMES, type ArtifactKind } from "@/lib/artifacts/types";
import { interpolateEnv } from "@/lib/ingest/loom-env";
import {
  lineOf,
  parseLocatedYaml,
  toKeys,
  type Located,
} from "@/lib/ingest/located-yaml";
import { DEFAULT_SCHEDULE, findCronProblem } from "./schedule";
import {
  SOURCE_TYPES,
  type SourceEntry,
  type SourceLocation,
  type SourcesConfig,
} from "./source-types";

/** A sources file that cannot be used; the message names the file and line. */
export class SourcesConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SourcesConfigError";
  }
}

const ARTIFACT_KINDS = Object.keys(ARTIFACT_FILE_NAMES) as [
  ArtifactKind,
  ...ArtifactKind[],
];
const DBT_CLOUD_API = "https://cloud.getdbt.com/api/v2";
const URL_SCHEME = /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//;

const cron = z.string().superRefine((value, context) => {
  const problem = findCronProblem(value);
  if (problem)
    context.addIssue({
      code: "custom",
      message: `not a cron schedule (${problem})`,
    });
});
const text = z.string().min(1);
const id = z.coerce.number().int().positive();

const entrySchema = z.object({
  name: text,
  type: z.enum([...SOURCE_TYPES, "https"]),
  schedule: cron.optional(),
  config: z.record(z.string(), z.unknown()).default({}),
  optional: z.boolean().default(false),
  excluded_packages: z.array(z.string()).default([]),
  artifacts: z
    .array(z.enum(ARTIFACT_KINDS))
    .default(["manifest"])
    .transform((kinds) => [
      "manifest" as const,
      ...kinds.filter((k) => k !== "manifest"),
    ]),
});

// dbt-loom's own keys where it has them; unknown keys (its `credentials`) are tolerated.
const configSchemas = {
  file: z.object({ path: text }),
  http: z.object({
    url: z.url({ protocol: /^https?$/ }),
    headers: z.record(z.string(), z.string()).default({}),
  }),
  s3: z.object({
    bucket_name: text,
    object_name: text,
    endpoint_url: z.url().optional(),
    region: text.optional(),
  }),
  gcs: z.object({
    project_id: text.optional(),
    bucket_name: text,
    object_name: text,
    api_endpoint: z.url().optional(),
  }),
  azure: z.object({
    container_name: text,
    object_name: text,
    account_name: text.optional(),
  }),
  dbt_cloud: z
    .object({
      account_id: id,
      job_id: id.optional(),
      environment_id: id.optional(),
      api_endpoint: z.url().default(DBT_CLOUD_API),
      step: id.optional(),
    })
    .refine(
      (c) => (c.job_id === undefined) !== (c.environment_id === undefined),
      {
        message: "needs exactly one of job_id and environment_id",
      },
    ),
};

type Entry = z.infer<typeof entrySchema>;

/**
 * Reads a sources file: dbt-loom's `manifests:` list (so a team copies its
 * entries across), each entry with an optional `schedule:` (cron, UTC;
 * default the file's top-level `schedule:`, else hourly) and `artifacts:`,
 * the siblings published beside the manifest. `${VAR}` is substituted in
 * the whole text first, as dbt-loom does; relative paths are taken from the
 * file's directory. Every problem names the file, line and entry.
 */
export function parseSourcesConfig(
  source: string,
  options: {
    file: string;
    baseDir: string;
    env: Record<string, string | undefined>;
  },
): SourcesConfig {
  const { file } = options;
  const interpolated = interpolateEnv(source, options.env);
  const warnings = interpolated.unset.map(
    ({ name, line }) =>
      `${file}:${line}: environment variable ${name} is not set; it reads as an empty string`,
  );
  const located = parseLocatedYaml(
    interpolated.text,
    file,
    (m) => new SourcesConfigError(m),
  );
  const root = z
    .object({ schedule: cron.optional(), manifests: z.array(z.unknown()) })
    .safeParse(located.doc.toJS());
  if (!root.success) {
    const issue = root.error.issues[0];
    const keys = toKeys(issue?.path ?? []);
    fail(
      located,
      keys,
      keys[0] === "schedule"
        ? `schedule: ${issue?.message ?? "is not valid"}`
        : "needs a `manifests:` list of sources",
    );
  }
  const fallback = root.data.schedule ?? DEFAULT_SCHEDULE;
  const sources = root.data.manifests.map((raw, index) =>
    parseEntry(raw, index, { located, baseDir: options.baseDir, fallback }),
  );
  assertUniqueNames(sources, located);
  return { file, sources, warnings };
}

type Context = { located: Located; baseDir: string; fallback: string };

function parseEntry(
  raw: unknown,
  index: number,
  context: Context,
): SourceEntry {
  const at = ["manifests", index];
  const label = describeEntry(index, raw);
  const entry = parseOrFail(entrySchema, raw, context.located, at, label);
  return {
    name: entry.name,
    line: lineOf(context.located, at),
    schedule: entry.schedule ?? context.fallback,
    isOptional: entry.optional,
    artifacts: entry.artifacts,
    packageFilter:
      entry.excluded_packages.length > 0
        ? { mode: "exclude", packages: entry.excluded_packages }
        : null,
    location: toLocation(entry, context, at, label),
  };
}

function toLocation(
  entry: Entry,
  context: Context,
  at: (string | number)[],
  label: string,
): SourceLocation {
  const configAt = [...at, "config"];
  const parse = <T extends z.ZodType>(schema: T) =>
    parseOrFail(
      schema,
      entry.config,
      context.located,
      configAt,
      `${label}.config`,
    );
  switch (entry.type) {
    case "file":
      return toFileLocation(parse(configSchemas.file).path, context.baseDir);
    case "http":
    case "https": {
      const c = parse(configSchemas.http);
      return { type: "http", url: c.url, headers: c.headers };
    }
    case "s3": {
      const c = parse(configSchemas.s3);
      return {
        type: "s3",
        bucketName: c.bucket_name,
        objectName: c.object_name,
        endpointUrl: c.endpoint_url,
        region: c.region,
      };
    }
    case "gcs": {
      const c = parse(configSchemas.gcs);
      return {
        type: "gcs",
        projectId: c.project_id,
        bucketName: c.bucket_name,
        objectName: c.object_name,
        apiEndpoint: c.api_endpoint,
      };
    }
    case "azure": {
      const c = parse(configSchemas.azure);
      return {
        type: "azure",
        containerName: c.container_name,
        objectName: c.object_name,
        accountName: c.account_name,
      };
    }
    case "dbt_cloud": {
      const c = parse(configSchemas.dbt_cloud);
      return {
        type: "dbt_cloud",
        accountId: c.account_id,
        job:
          c.job_id !== undefined
            ? { jobId: c.job_id }
            : { environmentId: c.environment_id ?? 0 },
        apiEndpoint: c.api_endpoint.replace(/\/+$/, ""),
        step: c.step,
      };
    }
  }
}

/** dbt-loom's `file` type reads local paths, file:// and http(s) URLs alike. */
function toFileLocation(value: string, baseDir: string): SourceLocation {
  if (!URL_SCHEME.test(value))
    return { type: "file", path: path.resolve(baseDir, value) };
  if (/^https?:/i.test(value)) return { type: "http", url: value, headers: {} };
  return { type: "file", path: fileURLToPath(value) };
}

function parseOrFail<T extends z.ZodType>(
  schema: T,
  raw: unknown,
  located: Located,
  at: (string | number)[],
  label: string,
): z.infer<T> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const keys = toKeys(issue?.path ?? []);
  const where = keys.length > 0 ? `${label}.${keys.join(".")}` : label;
  fail(
    located,
    [...at, ...keys],
    `${where}: ${issue?.message ?? "is not valid"}`,
  );
}

function assertUniqueNames(sources: SourceEntry[], located: Located): void {
  const seen = new Map<string, number>();
  for (const source of sources) {
    const first = seen.get(source.name);
    if (first !== undefined)
      throw new SourcesConfigError(
        `${located.file}:${source.line}: a source named "${source.name}" is already at line ${first}; names must be unique`,
      );
    seen.set(source.name, source.line);
  }
}

function describeEntry(index: number, raw: unknown): string {
  const name =
    typeof raw === "object" && raw !== null && "name" in raw
      ? raw.name
      : undefined;
  return typeof name === "string"
    ? `manifests[${index}] (${name})`
    : `manifests[${index}]`;
}

function fail(
  located: Located,
  keys: (string | number)[],
  problem: string,
): never {
  throw new SourcesConfigError(
    `${located.file}:${lineOf(located, keys)}: ${problem}`,
  );
}
