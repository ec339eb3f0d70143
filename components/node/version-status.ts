import { compareVersions } from "@/lib/artifacts/versions";

export type VersionStatus = "latest" | "prerelease" | "deprecated" | "older";

/**
 * Where a model version stands: deprecated once it has a deprecation date,
 * latest when it is the model's `latest_version`, prerelease when newer than
 * that (unpinned refs do not pick it yet), else an older version.
 */
export function getVersionStatus(
  version: string,
  latestVersion: string | null,
  deprecationDate: string | null,
): VersionStatus {
  if (deprecationDate) return "deprecated";
  if (version === latestVersion) return "latest";
  // Without latest_version the catalog cannot tell; the badge stays plain.
  if (latestVersion === null) return "older";
  return compareVersions(version, latestVersion) > 0 ? "prerelease" : "older";
}
