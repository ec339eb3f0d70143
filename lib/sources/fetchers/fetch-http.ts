import { fetchArtifactIfModified } from "@/lib/ingest/fetch-artifact";
import type { Artifacts } from "@/lib/ingest/read-artifacts";
import type { FetchRequest, SourceFetch } from "./fetch-types";
import { siblingKey } from "./sibling";

/**
 * A manifest behind an http(s) URL, with the configured headers (for
 * authorization). The manifest's ETag, else its Last-Modified, is the
 * validator: a server that still has it answers 304 to one request.
 * dbt rewrites every artifact on each invocation, so a manifest that did not
 * change means siblings that did not either.
 */
export async function fetchHttpSource(
  location: { url: string; headers: Record<string, string> },
  request: FetchRequest,
): Promise<SourceFetch> {
  const previous = parseValidator(request.previous);
  const options = { maxBytes: request.maxBytes, headers: location.headers };
  const manifest = await fetchArtifactIfModified(location.url, {
    ...options,
    ...previous,
  });
  if (!manifest.isModified) return { isModified: false };
  const artifacts: Artifacts = {
    manifest: { file: location.url, bytes: manifest.bytes },
  };
  for (const kind of request.artifacts.filter((k) => k !== "manifest")) {
    const url = siblingKey(location.url, kind);
    const sibling = await fetchArtifactIfModified(url, options);
    if (sibling.isModified)
      artifacts[kind] = { file: url, bytes: sibling.bytes };
  }
  const validator = manifest.etag
    ? `etag:${manifest.etag}`
    : manifest.lastModified
      ? `last-modified:${manifest.lastModified}`
      : "";
  return { isModified: true, artifacts, validator };
}

function parseValidator(validator: string | null): {
  etag?: string;
  lastModified?: string;
} {
  if (validator?.startsWith("etag:")) return { etag: validator.slice(5) };
  if (validator?.startsWith("last-modified:"))
    return { lastModified: validator.slice(14) };
  return {};
}
