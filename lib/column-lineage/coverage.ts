import type { ModelColumnLineage } from "./types";

export type LineageCoverage = {
  models: number;
  parseErrors: number;
  /** Models whose output columns could not be listed: a `select *` over columns nobody knows. */
  unknownColumns: number;
  columns: number;
  columnsWithLineage: number;
  /** Columns with at least one upstream column, of all output columns of the models that parsed. */
  share: number;
};

/** How much of a project's model columns the derivation traced to an upstream column. */
export function summarizeCoverage(
  results: readonly { lineage: ModelColumnLineage }[],
): LineageCoverage {
  let parseErrors = 0;
  let unknownColumns = 0;
  let columns = 0;
  let columnsWithLineage = 0;
  for (const { lineage } of results) {
    if (lineage.status === "parse_error") {
      parseErrors += 1;
      continue;
    }
    if (lineage.status === "unknown_columns") {
      unknownColumns += 1;
      continue;
    }
    columns += lineage.columns.length;
    columnsWithLineage += lineage.columns.filter(
      (c) => c.sources.length > 0,
    ).length;
  }
  return {
    models: results.length,
    parseErrors,
    unknownColumns,
    columns,
    columnsWithLineage,
    share: columns === 0 ? 0 : columnsWithLineage / columns,
  };
}
