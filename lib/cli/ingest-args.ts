import { parseArgs } from "node:util";

export type IngestArgs =
  | { kind: "help" }
  | {
      kind: "ingest";
      paths: string[];
      loomConfigs: string[];
      projectName: string | undefined;
      /** `--run-results`: further run_results.json of the one project. */
      runResults: string[];
      /** `--force`: ingest manifests older than the stored ones. */
      isForced: boolean;
      isJson: boolean;
    };

/** A command line that cannot be run: exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export const USAGE = `Usage: npm run ingest -- <path>... [--project NAME] [--run-results FILE]... [--force] [--json]
       npm run ingest -- --loom path/to/dbt_loom.config.yml [<path>...] [--json]

Ingests dbt artifacts into the catalog. Each <path> is one of:
  a manifest file          manifest.json or manifest.json.gz (any name); catalog.json,
                           run_results.json, sources.json and semantic_manifest.json
                           (or .json.gz) beside it are read too
  a dbt target/ folder     a folder holding manifest.json[.gz]
  a dbt project folder     dbt_project.yml and/or target/ with a manifest
  a folder of projects     every project below it (a monorepo mesh); node_modules,
                           dbt_packages, dbt_modules and hidden folders are skipped

Options:
  --loom FILE      read a dbt-loom config: ingest the upstream manifests it lists
                   (type file: local paths relative to the config, or http(s) URLs),
                   then the consumer project holding the config (its target/).
                   $VAR, \${VAR} and \${VAR:-default} are read from the environment.
  --project NAME   the project's name when its manifest does not say (dbt < 1.6);
                   only with exactly one project
  --run-results FILE
                   another run_results.json (or .json.gz) of the project, from a
                   run of a subset (dbt build -s tag:daily, then dbt test); repeat
                   it for several. Merged per node with the one beside the
                   manifest: the latest run (metadata.generated_at) wins.
                   Only with exactly one project
  --force          ingest a manifest older than the stored one (metadata.generated_at);
                   without it, such a manifest is rejected and nothing changes
  --json           print the results as JSON on stdout (progress stays on stderr)
  -h, --help       show this help

Database: DATABASE_URL, or the embedded PostgreSQL in CATALOG_DATA_DIR (default .data/).
Size limit per artifact: CATALOG_MAX_ARTIFACT_BYTES (default 512 MiB).

Exit codes: 0 all ingested, unchanged or skipped (optional dbt-loom upstreams);
            1 any project rejected (bad artifacts, or a manifest older than the
              stored one without --force) or its artifacts unavailable (the
              others still ran);
            2 usage error: bad options, a path with no dbt artifacts, an unreadable
              dbt-loom config (nothing was ingested).
`;

/** Reads the command line of `npm run ingest`. */
export function parseIngestArgs(argv: string[]): IngestArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        project: { type: "string" },
        "run-results": { type: "string", multiple: true },
        force: { type: "boolean", default: false },
        loom: { type: "string", multiple: true },
        json: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: "help" };
  const loomConfigs = values.loom ?? [];
  if (positionals.length === 0 && loomConfigs.length === 0)
    throw new UsageError(
      "give at least one path to dbt artifacts, or --loom with a dbt-loom config",
    );
  if (values.project !== undefined && values.project.trim() === "")
    throw new UsageError("--project needs a name");
  return {
    kind: "ingest",
    paths: positionals,
    loomConfigs,
    projectName: values.project,
    runResults: values["run-results"] ?? [],
    isForced: values.force,
    isJson: values.json,
  };
}
