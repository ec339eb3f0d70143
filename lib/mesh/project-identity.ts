import { createHash } from "node:crypto";
import type { ParsedManifest } from "@/lib/artifacts/types";
import { projectNameSchema } from "@/lib/artifacts/project-name";

export class ProjectIdentityError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ProjectIdentityError";
  }
}

/**
 * The project a manifest belongs to: `metadata.project_name` (dbt ≥ 1.6);
 * before that, the package whose md5 is dbt's `metadata.project_id`; else the
 * name the caller gives (`--project`, or the API's URL). A given name that
 * contradicts the manifest is an error, and so is a name that is not a dbt
 * project name, wherever it came from: every way in (CLI, dbt-loom, API)
 * stores only names that URLs and pages can carry.
 */
export function resolveProjectName(
  manifest: ParsedManifest,
  expected?: string,
): string {
  const found = manifest.metadata.projectName ?? findRootPackage(manifest);
  if (found && expected && found !== expected) {
    throw new ProjectIdentityError(
      `the manifest is for project "${found}", not "${expected}"`,
    );
  }
  const name = found ?? expected;
  if (!name) {
    throw new ProjectIdentityError(
      "the manifest does not say which project it belongs to (no metadata.project_name, and no package matches metadata.project_id); give the project name",
    );
  }
  const valid = projectNameSchema.safeParse(name);
  if (!valid.success)
    throw new ProjectIdentityError(
      `the project name ${JSON.stringify(name)} ${valid.error.issues[0]?.message ?? "is invalid"}`,
    );
  return name;
}

/** The root package: dbt sets `project_id` to the md5 of the root project's name. */
export function findRootPackage(manifest: ParsedManifest): string | null {
  const projectId = manifest.metadata.projectId;
  if (!projectId) return null;
  const packages = new Set(manifest.nodes.map((n) => n.packageName));
  for (const name of packages) {
    if (createHash("md5").update(name).digest("hex") === projectId) return name;
  }
  return null;
}
