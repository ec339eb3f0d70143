import { parseCommandLine, UsageError } from "./command-line";

export const CHECK_FORMATS = ["text", "json", "markdown", "junit"] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

export type CheckArgs =
  | { kind: "help" }
  | {
      kind: "check";
      projectName: string | undefined;
      failOn: "error" | "warn";
      format: CheckFormat;
      policyFile: string | undefined;
    };

export const CHECK_USAGE = `Usage: npm run check -- [--project NAME] [--fail-on error|warn] [--format text|json|markdown|junit] [--policy FILE]

Runs the mesh-wide governance checks (the policy's \`checks:\`) against the
catalog's database, as CI gates on them: cross-project refs, hidden and
duplicate sources, cycles, public models' owners, contracts and tests, stale
artifacts, and the policy's custom SQL checks. Reads only; records nothing.

Options:
  --project NAME   only the violations of this project
  --fail-on LEVEL  error (default): exit 1 on any error; warn: on any warning too.
                   Violations under an unexpired exception never fail.
  --format FORMAT  text (default), json, markdown (for a pull-request comment)
                   or junit (XML: each violation a failing test case)
  --policy FILE    the policy (YAML); default: CATALOG_POLICY_FILE, else
                   catalog-policy.yml in the current directory, else the
                   built-in defaults
  -h, --help       show this help

Exit codes: 0 nothing at or above --fail-on;
            1 a violation at or above --fail-on;
            2 usage error, a bad policy file, a custom check that cannot run,
              or a project the catalog does not hold.
`;

/** Reads the command line of `npm run check`. */
export function parseCheckArgs(argv: string[]): CheckArgs {
  const { values } = parseCommandLine({
    args: argv,
    allowPositionals: false,
    options: {
      project: { type: "string" },
      "fail-on": { type: "string", default: "error" },
      format: { type: "string", default: "text" },
      policy: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) return { kind: "help" };
  const failOn = values["fail-on"];
  if (failOn !== "error" && failOn !== "warn")
    throw new UsageError(`--fail-on is error or warn, not "${failOn}"`);
  const format = values.format;
  if (!(CHECK_FORMATS as readonly string[]).includes(format))
    throw new UsageError(
      `--format is ${CHECK_FORMATS.join(", ")}, not "${format}"`,
    );
  return {
    kind: "check",
    projectName: values.project,
    failOn,
    format: format as CheckFormat,
    policyFile: values.policy,
  };
}
