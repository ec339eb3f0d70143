import { z } from "zod";
import { parseCommandLine, UsageError } from "./command-line";

export const SAMPLE_USAGE = `Usage:
  npm run sample -- --out DIR [--now ISO] [--gzip]
  npm run sample -- --out DIR --synthetic [--projects N] [--models M] [--seed S]
                    [--cross-refs K] [--bytes-per-node B] [--gzip]

Writes a generated mesh as a folder of dbt projects (dbt_project.yml,
dbt_loom.config.yml for consumers, target/*.json), ready for npm run ingest.

Options:
  --out DIR            where to write (required)
  --now ISO            the instant the artifacts are stamped with (default:
                       the sample's own, 2026-11-01T06:00:00Z)
  --gzip               write target/*.json.gz
  --synthetic          a synthetic mesh for benchmarks instead of the sample
  --projects N         synthetic projects (default 10)
  --models M           models per synthetic project (default 200)
  --seed S             the synthetic mesh's seed (default 1)
  --cross-refs K       refs to other projects per synthetic project
  --bytes-per-node B   pad each synthetic node's description to about B bytes
  -h, --help           show this help
`;

const OptionsSchema = z.object({
  out: z
    .string({ error: "--out DIR is required" })
    .min(1, "--out DIR is required"),
  now: z.iso
    .datetime({ offset: true, error: "--now takes an ISO instant" })
    .optional(),
  gzip: z.boolean(),
  synthetic: z.boolean(),
  projects: z.coerce.number().int().positive().default(10),
  models: z.coerce.number().int().positive().default(200),
  seed: z.coerce.number().int().default(1),
  crossRefs: z.coerce.number().int().nonnegative().optional(),
  bytesPerNode: z.coerce.number().int().positive().optional(),
});

export type SampleOptions = z.infer<typeof OptionsSchema>;

/** Reads `npm run sample`'s command line; a bad one throws UsageError. */
export function parseSampleArgs(argv: string[]): SampleOptions | "help" {
  const { values } = parseCommandLine({
    args: argv,
    options: {
      out: { type: "string" },
      now: { type: "string" },
      gzip: { type: "boolean", default: false },
      synthetic: { type: "boolean", default: false },
      projects: { type: "string" },
      models: { type: "string" },
      seed: { type: "string" },
      "cross-refs": { type: "string" },
      "bytes-per-node": { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) return "help";
  const parsed = OptionsSchema.safeParse({
    ...values,
    crossRefs: values["cross-refs"],
    bytesPerNode: values["bytes-per-node"],
  });
  if (!parsed.success)
    throw new UsageError(
      parsed.error.issues
        .map((issue) =>
          issue.path.length > 0
            ? `--${String(issue.path[0])}: ${issue.message}`
            : issue.message,
        )
        .join("; "),
    );
  return parsed.data;
}
