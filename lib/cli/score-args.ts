import { parseCommandLine, UsageError } from "./command-line";

export type ScoreFormat = "text" | "json";

export type ScoreArgs =
  | { kind: "help" }
  | {
      kind: "score";
      paths: string[];
      policyFile: string | undefined;
      failUnder: string | undefined;
      format: ScoreFormat;
      projectName: string | undefined;
    };

export const SCORE_USAGE = `Usage: npm run score -- <path>... [--policy FILE] [--fail-under LEVEL] [--format text|json]

Scores the data products of dbt projects against the maturity policy, offline:
no database is needed, so a domain team can gate its CI on its products.
Each <path> is a manifest file (run_results.json, sources.json and catalog.json
beside it are read too), a dbt target/ folder, a dbt project folder, or a folder
of projects.

Options:
  --policy FILE       the policy (YAML); default: CATALOG_POLICY_FILE, else
                      catalog-policy.yml in the current directory, else the
                      built-in defaults
  --fail-under LEVEL  exit 1 when any product is below LEVEL (a level of the
                      policy, e.g. bronze, silver, gold)
  --format FORMAT     text (default) or json (on stdout; notes stay on stderr)
  --project NAME      the project's name when its manifest does not say (dbt < 1.6)
  -h, --help          show this help

Offline, refs from other projects are unknown: "in use" counts the project's own
models and exposures, and is not applicable when it finds none.

Exit codes: 0 no product below --fail-under (or no threshold given);
            1 a product is below --fail-under;
            2 usage error, a bad policy file, or artifacts that cannot be read.
`;

/** Reads the command line of `npm run score`. */
export function parseScoreArgs(argv: string[]): ScoreArgs {
  const { values, positionals } = parseCommandLine({
    args: argv,
    allowPositionals: true,
    options: {
      policy: { type: "string" },
      "fail-under": { type: "string" },
      format: { type: "string", default: "text" },
      project: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) return { kind: "help" };
  if (positionals.length === 0)
    throw new UsageError("give at least one path to dbt artifacts");
  const format = values.format;
  if (format !== "text" && format !== "json")
    throw new UsageError(`--format is text or json, not "${format}"`);
  return {
    kind: "score",
    paths: positionals,
    policyFile: values.policy,
    failUnder: values["fail-under"],
    format,
    projectName: values.project,
  };
}
