import type { ColumnImpactResult } from "@/lib/db/queries/column-impact";
import { focusProblem, presentNode } from "./present-lineage";
import { jsonError, jsonOk } from "./responses";

/**
 * `GET /api/v1/impact/{unique_id}?column=NAME`: the downstream columns and
 * exposures of one column, grouped by project and owner; 404 for a column
 * the node does not have.
 */
export function respondColumnImpact(
  uniqueId: string,
  result: ColumnImpactResult,
): Response {
  switch (result.status) {
    case "found":
      return jsonOk({
        focus: presentNode(result.focus),
        column: result.column,
        totals: result.report.totals,
        projects: result.report.projects.map((p) => ({
          project: p.project,
          owners: p.owners.map((g) => ({
            owner: g.owner,
            columns: g.columns.map((c) => ({
              uniqueId: c.uniqueId,
              name: c.name,
              column: c.column,
              kinds: c.kinds,
            })),
            exposures: g.exposures.map((x) => ({
              uniqueId: x.uniqueId,
              name: x.name,
            })),
          })),
        })),
      });
    case "no_column":
      return jsonError(
        404,
        `No column "${result.column}" on "${uniqueId}" or in its column lineage`,
      );
    case "missing":
    case "ambiguous":
      return focusProblem(uniqueId, result);
  }
}
