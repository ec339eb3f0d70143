import path from "node:path";
import { readConfigFile } from "@/lib/ingest/config-file";
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
  const file = await readConfigFile({
    named: options.file,
    defaultName: SOURCES_FILE_NAME,
    cwd: options.cwd,
    what: "sources file",
    toError: (message) => new SourcesConfigError(message),
  });
  if (!file) return null;
  return parseSourcesConfig(file.text, {
    file: file.label,
    baseDir: path.dirname(file.absolute),
    env: options.env,
  });
}
