import "server-only";
import { HIDDEN_DEPENDENCY_RULE } from "@/lib/governance/hidden-dependency";
import { relationKeySql } from "@/lib/governance/relation-key";
import { toSql } from "@/lib/mesh/sql-rule";

/** A node alias and its project's alias in a query: `["n", "p"]`. */
type Aliases = readonly [node: string, project: string];

const sideColumns = ([node, project]: Aliases) => ({
  project: `${project}.name`,
  packageName: `${node}.package_name`,
  resourceType: `${node}.resource_type`,
  materialized: `${node}.materialized`,
  relation: relationKeySql(node),
});

/**
 * HIDDEN_DEPENDENCY_RULE as SQL: the source aliased `source` reads the
 * relation the node aliased `model` builds in another project.
 */
export function hiddenDependencySql(aliases: {
  source: Aliases;
  model: Aliases;
}): string {
  return toSql(HIDDEN_DEPENDENCY_RULE, {
    source: sideColumns(aliases.source),
    model: sideColumns(aliases.model),
  });
}
