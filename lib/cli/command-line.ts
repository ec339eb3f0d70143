import { parseArgs, type ParseArgsConfig } from "node:util";

/** A command line a CLI cannot run: exit code 2, with the problem and the usage. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

type Parsed<T extends ParseArgsConfig> = ReturnType<typeof parseArgs<T>>;

/**
 * Node's `parseArgs`, always strict (an unknown option is an error, never
 * ignored), with its errors turned into UsageError.
 */
export function parseCommandLine<T extends ParseArgsConfig & { strict?: true }>(
  config: T,
): Parsed<T> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/**
 * What every script does with its command line before any work: `--help`
 * prints the usage and exits 0; a command line it cannot run prints the
 * problem and the usage on stderr and exits 2. Returns what `read` made of it.
 */
export function readCommandLineOrExit<T>(
  usage: string,
  read: () => T | "help",
): T {
  let result: T | "help";
  try {
    result = read();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`error: ${error.message}\n\n${usage}`);
    process.exit(2);
  }
  if (result === "help") {
    process.stdout.write(usage);
    process.exit(0);
  }
  return result;
}

/** Reads a script that takes no options but `--help`. */
export function readHelpOnly(argv: string[], usage: string): void {
  readCommandLineOrExit(usage, () => {
    const { values } = parseCommandLine({
      args: argv,
      options: { help: { type: "boolean", short: "h" } },
    });
    return values.help ? "help" : undefined;
  });
}

/**
 * Ends a script whose work failed: its message on stderr, no stack trace (the
 * messages here say what to do), exit code 1.
 */
export function exitWithError(error: unknown): never {
  process.stderr.write(
    `error: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
}
