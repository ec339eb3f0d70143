import { parseCommandLine, UsageError } from "./command-line";

export const DIFF_FORMATS = ["text", "json", "markdown"] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export type DiffArgs =
  | { kind: "help" }
  | {
      kind: "diff";
      oldPath: string;
      newPath: string;
      format: DiffFormat;
      catalogUrl: string | undefined;
      projectName: string | undefined;
    };

export const DIFF_USAGE = `Usage: npm run diff -- <old manifest> <new manifest> [--format text|json|markdown] [--catalog-url URL]

Compares two manifests of one dbt project (before and after a change, say the
main branch and a pull request) and reports what changed, breaking changes
first, each with the consumers it hits. Offline: no database is needed.
Each path is a manifest file (catalog.json beside it adds warehouse types),
a dbt target/ folder or a dbt project folder.

A change breaks consumers when it touches a public model, or a model another
project refs: a column removed or renamed, a data type changed, a constraint
or the enforced contract dropped, access narrowed, a model or version
removed, the latest version moved under unpinned refs, the relation renamed,
the model made ephemeral. A new version beside the old one does not break.

Options:
  --format FORMAT    text (default), json, or markdown (a pull-request comment)
  --catalog-url URL  also ask the catalog at URL who consumes the project
                     (other projects' models and exposures, with their owners);
                     offline, only the project's own exposures are known
  --project NAME     the project's name when its manifests do not say (dbt < 1.6)
  -h, --help         show this help

Exit codes: 0 no breaking change; 1 a breaking change;
            2 usage error, unreadable artifacts, or a catalog that cannot answer.
`;

/** Reads the command line of `npm run diff`. */
export function parseDiffArgs(argv: string[]): DiffArgs {
  const { values, positionals } = parseCommandLine({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: "string", default: "text" },
      "catalog-url": { type: "string" },
      project: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) return { kind: "help" };
  const [oldPath, newPath, ...rest] = positionals;
  if (oldPath === undefined || newPath === undefined || rest.length > 0)
    throw new UsageError("give two manifests: the old one, then the new one");
  const format = values.format as DiffFormat;
  if (!DIFF_FORMATS.includes(format))
    throw new UsageError(
      `--format is text, json or markdown, not "${values.format}"`,
    );
  const catalogUrl = values["catalog-url"];
  if (catalogUrl !== undefined && !URL.canParse(catalogUrl))
    throw new UsageError(`--catalog-url "${catalogUrl}" is not a URL`);
  return {
    kind: "diff",
    oldPath,
    newPath,
    format,
    catalogUrl,
    projectName: values.project,
  };
}
