import fs from "node:fs/promises";
import path from "node:path";

export type ConfigFile = {
  text: string;
  /** How messages name it: as named, or its default name. */
  label: string;
  absolute: string;
};

/**
 * Reads one of the catalog's configuration files: the one named (an option
 * or an environment variable), else `defaultName` in `cwd` when it exists,
 * else null. A named file that is missing is an error, never a silent
 * fallback; the message says which file (`what`) and why.
 */
export async function readConfigFile(options: {
  named: string | undefined;
  defaultName: string;
  cwd: string;
  what: string;
  toError: (message: string) => Error;
}): Promise<ConfigFile | null> {
  const { named } = options;
  const absolute = path.resolve(
    /* turbopackIgnore: true */ options.cwd,
    named ?? options.defaultName,
  );
  const text = await fs
    .readFile(/* turbopackIgnore: true */ absolute, "utf8")
    .catch((error: NodeJS.ErrnoException) => {
      if (named === undefined && error.code === "ENOENT") return null;
      throw options.toError(
        `${options.what} ${named ?? absolute}: cannot be read (${error.message})`,
      );
    });
  if (text === null) return null;
  return { text, label: named ?? options.defaultName, absolute };
}
