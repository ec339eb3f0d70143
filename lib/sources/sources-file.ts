import fs from "node:fs/promises";
import path from "node:path";
import { SourcesConfigError, parseSourcesConfig } from "./sources-config";
import type { SourcesConfig } from "./source-types";

/** The sources file looked for in the working directory when none is named. */
export const SOURCES_FILE_NAME = "catalog-sources.yml";

/**
 * Loads the sources file: the one named (CATALOG_SOURCES_FILE), else
 * `catalog-sources.yml` in `cwd` when it exists, else null (nothing is
 * pulled). A named file that is missing is an error, never silence.
 */
export async function loadSourcesConfig(options: {
  file: string | undefined;
  cwd: string;
  env: Record<string, string | undefined>;
}): Promise<SourcesConfig | null> {
  const named = options.file;
  const absolute = path.resolve(
    /* turbopackIgnore: true */ options.cwd,
    named ?? SOURCES_FILE_NAME,
  );
  const text = await fs
    .readFile(/* turbopackIgnore: true */ absolute, "utf8")
    .catch((error: NodeJS.ErrnoException) => {
      if (named === undefined && error.code === "ENOENT") return null;
      throw new SourcesConfigError(
        `sources file ${named ?? absolute}: cannot be read (${error.message})`,
      );
    });
  if (text === null) return null;
  return parseSourcesConfig(text, {
    file: named ?? SOURCES_FILE_NAME,
    baseDir: path.dirname(absolute),
    env: options.env,
  });
}
