import { ArtifactError } from "@/lib/artifacts/errors";
import type { ArtifactKind } from "@/lib/artifacts/types";
import { ArtifactUnavailableError } from "@/lib/ingest/fetch-artifact";
import type { Artifacts } from "@/lib/ingest/read-artifacts";
import type { FetchRequest, SourceFetch } from "./fetch-types";
import { siblingKey } from "./sibling";

/** One object of a store: its bytes, or null when it has not changed since `ifNoneMatch`. */
export type ReadObject = (
  key: string,
  ifNoneMatch: string | null,
) => Promise<{ bytes: Uint8Array; version: string } | null>;

/**
 * The pull every object store shares (S3, Azure Blob): the manifest is read
 * only if its version (ETag) changed, in one request; its siblings then
 * come along unconditionally, since dbt writes them together.
 */
export async function fetchFromObjectStore(
  manifestKey: string,
  readObject: ReadObject,
  request: FetchRequest,
): Promise<SourceFetch> {
  const manifest = await readObject(manifestKey, request.previous);
  if (!manifest) return { isModified: false };
  const artifacts: Artifacts = {
    manifest: { file: manifestKey, bytes: manifest.bytes },
  };
  for (const kind of siblingsOf(request.artifacts)) {
    const key = siblingKey(manifestKey, kind);
    const sibling = await readObject(key, null);
    if (sibling) artifacts[kind] = { file: key, bytes: sibling.bytes };
  }
  return { isModified: true, artifacts, validator: manifest.version };
}

function siblingsOf(kinds: ArtifactKind[]): ArtifactKind[] {
  return kinds.filter((k) => k !== "manifest");
}

/**
 * An SDK's failure as a message naming the object (never the credentials);
 * an artifact refused for its size stays that refusal.
 */
export function describeStoreError(where: string, error: unknown): Error {
  if (error instanceof ArtifactError) return error;
  const { name, message, code } = error as {
    name?: string;
    message?: string;
    code?: string;
  };
  const what = [code ?? name, message].filter(Boolean).join(": ");
  return new ArtifactUnavailableError(`${where}: ${what || String(error)}`, {
    cause: error,
  });
}
