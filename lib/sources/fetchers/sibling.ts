import { ARTIFACT_FILE_NAMES, type ArtifactKind } from "@/lib/artifacts/types";

/**
 * The key (path, object name, URL path) of an artifact published beside the
 * manifest at `manifestKey`: dbt writes them all into one `target/`, and
 * stores keep that folder. The manifest's own key is kept as given.
 */
export function siblingKey(manifestKey: string, kind: ArtifactKind): string {
  if (kind === "manifest") return manifestKey;
  const slash = manifestKey.lastIndexOf("/");
  return `${manifestKey.slice(0, slash + 1)}${ARTIFACT_FILE_NAMES[kind]}`;
}
