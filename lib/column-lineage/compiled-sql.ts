/** Names shown in a warning before the rest is counted. */
const NAMED_IN_WARNING = 10;

/**
 * SQL models a manifest brought without compiled SQL (written by `dbt parse`,
 * or rewritten by a later `dbt test`): their column lineage cannot be derived
 * again, and the lineage derived before is kept.
 */
export function listModelsWithoutCompiledSql(
  nodes: readonly {
    uniqueId: string;
    resourceType: string;
    language: string | null;
    compiledCode: string | null;
    packageName: string;
  }[],
  project: string,
): string[] {
  return nodes
    .filter(
      (n) =>
        n.resourceType === "model" &&
        n.packageName === project &&
        (n.language ?? "sql") === "sql" &&
        n.compiledCode === null,
    )
    .map((n) => n.uniqueId);
}

/** The ingest warning naming them, or null when there are none. */
export function describeMissingCompiledSql(
  uniqueIds: readonly string[],
): string | null {
  if (uniqueIds.length === 0) return null;
  const named = uniqueIds.slice(0, NAMED_IN_WARNING).join(", ");
  const more =
    uniqueIds.length > NAMED_IN_WARNING
      ? ` and ${uniqueIds.length - NAMED_IN_WARNING} more`
      : "";
  return `${uniqueIds.length} models have no compiled SQL (a manifest from dbt parse? run dbt compile or dbt docs generate): column lineage cannot be derived for them and keeps what was derived before: ${named}${more}`;
}
