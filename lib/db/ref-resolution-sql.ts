import "server-only";
import { IS_CURRENT_VERSION, REF_RESOLUTION } from "@/lib/mesh/ref-resolution";
import { toSql } from "@/lib/mesh/sql-rule";

/**
 * REF_RESOLUTION over a cross-project edge `e` and a candidate node `n` of
 * project `p`: the SQL that points stored edges at their producer's node.
 */
export const REF_RESOLVES_SQL = toSql(REF_RESOLUTION, {
  ref: {
    project: "e.parent_project",
    name: "e.parent_name",
    version: "e.parent_version",
  },
  node: {
    project: "p.name",
    packageName: "n.package_name",
    name: "n.name",
    resourceType: "n.resource_type",
    version: "n.version",
    latestVersion: "n.latest_version",
  },
});

/** IS_CURRENT_VERSION of the node aliased `alias`: what an unpinned ref follows. */
export function isCurrentVersionSql(alias: string): string {
  return toSql(IS_CURRENT_VERSION, {
    node: {
      version: `${alias}.version`,
      latestVersion: `${alias}.latest_version`,
    },
  });
}
