import fs from "node:fs/promises";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { closeDb } from "@/lib/db/client";
import { connectDatabase, type ConnectedDatabase } from "@/lib/db/connect";
import { getModel } from "@/lib/db/queries/nodes";
import { getContractInput } from "@/lib/db/queries/standards";
import {
  checkContract,
  contractSchema,
  type Contract,
} from "@/lib/standards/contract-check";
import { toOdcsContract } from "@/lib/standards/odcs";
import { parseCommandLine, UsageError } from "./command-line";
import type { CliIo } from "./ingest-main";

export const CONTRACT_USAGE = `Usage: npm run contract -- check <contract.yaml|json> [--project NAME] [--model NAME] [--format text|json]

Checks a model in the catalog against a data contract a team wrote (Open Data
Contract Standard, ODCS v3): every column present with the promised type,
required and unique where promised, each quality rule kept by a dbt test
(nullValues and duplicateValues by not_null and unique, dbt rules by the
test's name), and a freshness SLA at least as strict as the contract's latency.

Options:
  --project NAME  the model's project (default: the contract's domain)
  --model NAME    the model (default: the name of the contract's first schema
                  object); its latest version
  --format FMT    text (default) or json
  -h, --help      show this help

Exit codes: 0 the model keeps the contract; 1 it does not;
            2 usage error, an unreadable contract, or no such model.
`;

type Args = {
  file: string;
  project: string | undefined;
  model: string | undefined;
  format: "text" | "json";
};

function parseArgs(argv: string[]): Args | "help" {
  const { values, positionals } = parseCommandLine({
    args: argv,
    allowPositionals: true,
    options: {
      project: { type: "string" },
      model: { type: "string" },
      format: { type: "string", default: "text" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) return "help";
  const [command, file, ...rest] = positionals;
  if (command !== "check") throw new UsageError('the only command is "check"');
  if (file === undefined || rest.length > 0)
    throw new UsageError("give one contract file");
  if (values.format !== "text" && values.format !== "json")
    throw new UsageError(`--format is text or json, not "${values.format}"`);
  return {
    file,
    project: values.project,
    model: values.model,
    format: values.format,
  };
}

/** Reads a contract file (YAML or JSON) into what the check reads, or says why it cannot. */
export async function readContractFile(file: string): Promise<Contract> {
  const text = await fs.readFile(file, "utf8").catch((error: unknown) => {
    throw new UsageError(
      `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  });
  let document: unknown;
  try {
    document = parseYaml(text);
  } catch (error) {
    throw new UsageError(
      `${file} is not YAML or JSON: ${(error as Error).message}`,
    );
  }
  const parsed = contractSchema.safeParse(document);
  if (!parsed.success)
    throw new UsageError(
      `${file} is not an ODCS contract: ${parsed.error.issues
        .map((i) => `${i.path.join(".") || "(top)"}: ${i.message}`)
        .join("; ")}`,
    );
  return parsed.data;
}

/**
 * `npm run contract -- check`: the model in the catalog against a contract.
 * Returns the exit code (see CONTRACT_USAGE).
 */
export async function runContract(argv: string[], io: CliIo): Promise<number> {
  let args: Args;
  let contract: Contract;
  try {
    const parsed = parseArgs(argv);
    if (parsed === "help") {
      io.stdout(CONTRACT_USAGE);
      return 0;
    }
    args = parsed;
    contract = await readContractFile(path.resolve(io.cwd, args.file));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`error: ${error.message}\n\n${CONTRACT_USAGE}`);
    return 2;
  }
  const project =
    args.project ??
    (typeof contract.domain === "string" ? contract.domain : undefined);
  const name = args.model ?? contract.schema[0]?.name;
  if (project === undefined || name === undefined) {
    io.stderr(
      "error: name the project with --project (the contract has no domain)\n",
    );
    return 2;
  }
  let db: ConnectedDatabase | undefined;
  try {
    db = await connectDatabase();
    const model = await getModel(project, name);
    const input = model
      ? await getContractInput(project, model.uniqueId)
      : null;
    if (!model || !input) {
      io.stderr(
        `error: the catalog holds no model "${name}" in "${project}"\n`,
      );
      return 2;
    }
    const actual = contractSchema.parse(toOdcsContract(input));
    const findings = checkContract(contract, actual);
    if (args.format === "json")
      io.stdout(
        `${JSON.stringify({ project, model: model.uniqueId, kept: findings.length === 0, findings }, null, 2)}\n`,
      );
    else if (findings.length === 0)
      io.stdout(`${project}.${name} keeps the contract.\n`);
    else
      io.stdout(
        [
          `${project}.${name} does not keep the contract (${findings.length} ${findings.length === 1 ? "problem" : "problems"}):`,
          ...findings.map((f) => `  ${f.kind}: ${f.message}`),
          "",
        ].join("\n"),
      );
    return findings.length === 0 ? 0 : 1;
  } catch (error) {
    io.stderr(
      `error: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 2;
  } finally {
    await closeDb();
    await db?.cluster?.stop();
  }
}
