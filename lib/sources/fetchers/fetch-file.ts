import fs from "node:fs/promises";
import { ArtifactUnavailableError } from "@/lib/ingest/fetch-artifact";
import { readArtifactFile, type Artifacts } from "@/lib/ingest/read-artifacts";
import type { FetchRequest, SourceFetch } from "./fetch-types";
import { siblingKey } from "./sibling";

/**
 * A manifest on a local or mounted file system: its size and modification
 * time are the validator, so an unchanged file costs one `stat`.
 */
export async function fetchFileSource(
  location: { path: string },
  request: FetchRequest,
): Promise<SourceFetch> {
  const stat = await fs.stat(location.path).catch((error: unknown) => {
    throw new ArtifactUnavailableError(
      `${location.path}: cannot be read (${(error as Error).message})`,
    );
  });
  const validator = `${stat.size}:${stat.mtimeMs}`;
  if (validator === request.previous) return { isModified: false };
  const artifacts: Artifacts = {};
  for (const kind of request.artifacts) {
    const file = siblingKey(location.path, kind);
    artifacts[kind] = await readArtifactFile(
      { path: file, label: file },
      { maxBytes: request.maxBytes },
    );
  }
  return { isModified: true, artifacts, validator };
}
