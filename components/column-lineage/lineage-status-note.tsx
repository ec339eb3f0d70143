import type { ModelLineageStatus } from "@/lib/db/queries/column-lineage-view";

/** What the columns' lineage rests on: derived, computing, or why not. */
export function describeLineageStatus(
  status: ModelLineageStatus,
): string | null {
  switch (status.state) {
    case "derived":
      return status.hasCompiledSql
        ? null
        : "The last manifest had no compiled SQL for this model (dbt parse?): column lineage is the one derived before.";
    case "parse_error":
      return `Column lineage could not be derived: the compiled SQL did not parse (${status.error}).`;
    case "unknown_columns":
      return "Column lineage could not be derived: it selects * from a relation whose columns are unknown (no catalog.json, none declared).";
    case "computing":
      return "Column lineage is computing; it shows here once derived.";
    case "no_compiled_sql":
      return "No compiled SQL in the manifest (run dbt compile or dbt docs generate), so no column lineage.";
  }
}

export function LineageStatusNote({
  status,
}: {
  status: ModelLineageStatus | null;
}) {
  const text = status ? describeLineageStatus(status) : null;
  if (!text) return null;
  return (
    <p
      role="status"
      className="mb-3 rounded-lg border border-dashed border-border-strong px-4 py-2.5 text-[13px] text-fg-muted"
    >
      {text}
    </p>
  );
}
