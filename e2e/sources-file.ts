import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { TRUST_PROJECT } from "./trust-project";

/** The source the sources spec finds pulled: a project the server already holds, byte for byte. */
export const PULLED_SOURCE = TRUST_PROJECT;
/** A source that cannot be had: its manifest is not where the file says. */
export const FAILING_SOURCE = "finance_exports";

/**
 * Writes the sources file the e2e server pulls from: one local copy of a
 * manifest already ingested (its pull finds nothing to write, so no other
 * spec sees a change) and one missing file, which keeps failing.
 */
export async function writeE2eSources(manifest: {
  project: string;
  text: string;
}): Promise<string> {
  const dir = await fs.mkdtemp(
    path.join(os.tmpdir(), "mesh-catalog-e2e-sources-"),
  );
  await fs.mkdir(path.join(dir, manifest.project));
  await fs.writeFile(
    path.join(dir, manifest.project, "manifest.json"),
    manifest.text,
  );
  const file = path.join(dir, "catalog-sources.yml");
  await fs.writeFile(
    file,
    `schedule: "*/20 * * * *"
manifests:
  - name: ${PULLED_SOURCE}
    type: file
    config:
      path: ${manifest.project}/manifest.json
  - name: ${FAILING_SOURCE}
    type: file
    optional: true
    config:
      path: exports/finance/target/manifest.json
`,
  );
  return file;
}
