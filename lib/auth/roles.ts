import type { RoleMapping } from "@/lib/env";

/**
 * What a signed-in person may do, mapped from the identity provider's groups
 * (configured in CATALOG_READER_GROUPS, CATALOG_MAINTAINER_GROUPS and
 * CATALOG_ADMIN_GROUPS). Roles nest: an admin maintains every project, and
 * whoever maintains a project reads the catalog.
 */
export type Access = {
  isReader: boolean;
  isAdmin: boolean;
  /** Projects this person maintains (every project when admin). */
  maintains: string[];
};

/** No role at all: signed in, but outside every configured group. */
export const NO_ACCESS: Access = {
  isReader: false,
  isAdmin: false,
  maintains: [],
};

/** Reads the API and nothing more: what a personal access token grants. */
export const READ_ACCESS: Access = {
  isReader: true,
  isAdmin: false,
  maintains: [],
};

/** Maps a person's groups to their access, by the configured mapping. */
export function resolveAccess(
  groups: readonly string[],
  mapping: RoleMapping,
): Access {
  const member = new Set(groups);
  const isAdmin = mapping.adminGroups.some((g) => member.has(g));
  const maintains = [
    ...new Set(
      mapping.maintainerGroups
        .filter((grant) => member.has(grant.group))
        .map((grant) => grant.project),
    ),
  ].sort();
  const isReader =
    isAdmin ||
    maintains.length > 0 ||
    mapping.readerGroups === null ||
    mapping.readerGroups.some((g) => member.has(g));
  return { isReader, isAdmin, maintains };
}

/** Whether this access manages a project's CI tokens and writes its artifacts. */
export function canMaintain(access: Access, project: string): boolean {
  return access.isAdmin || access.maintains.includes(project);
}

/** The one word a page shows for this access. */
export function describeAccess(access: Access): string {
  if (access.isAdmin) return "admin";
  if (access.maintains.length > 0)
    return `maintainer of ${access.maintains.join(", ")}`;
  return access.isReader ? "reader" : "no access";
}
