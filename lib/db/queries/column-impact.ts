import "server-only";
import { foldName } from "@/lib/column-lineage/relation-index";
import {
  COLUMN_EDGE_KINDS,
  type ColumnEdgeKind,
} from "@/lib/column-lineage/edge-kinds";
import {
  groupColumnImpact,
  type ColumnImpactReport,
  type ImpactedColumn,
  type ImpactedExposure,
} from "@/lib/mesh/lineage/column-impact";
import { toLineageNode } from "./lineage-nodes";
import { findFocus, type FocusLookup } from "./lineage-nodes";
import type { LineageNode } from "@/lib/mesh/lineage/graph";
import { readOwners } from "./lineage-impact";
import { readSnapshot, type Reader } from "./read";
import { columnWalkSql } from "../column-walk-sql";

export type ColumnImpactResult =
  | {
      status: "found";
      focus: LineageNode;
      column: string;
      report: ColumnImpactReport;
    }
  | { status: "no_column"; column: string }
  | Exclude<FocusLookup, { status: "found" }>;

type ReachedRow = {
  node_id: string;
  project: string;
  unique_id: string;
  name: string;
  column_name: string | null;
  kinds: string[];
};

/**
 * Everything downstream of one column of a node, in every project: the
 * columns derived from it (each with how), the models whose rows it filters
 * or joins, and the exposures that read the node or any of those models
 * (exposures name models, not columns), grouped by project and owner.
 */
export function getColumnImpact(request: {
  uniqueId: string;
  project: string | null;
  column: string;
}): Promise<ColumnImpactResult> {
  return readSnapshot(async (db) => {
    const focus = await findFocus(db, request.uniqueId, request.project);
    if (focus.status !== "found") return focus;
    const column = foldName(request.column);
    if (!(await hasColumn(db, focus.node.id, focus.node.unique_id, column)))
      return { status: "no_column", column: request.column };
    const reached = await walkColumns(db, focus.node.unique_id, column);
    const exposures = await readExposures(db, [
      focus.node.id,
      ...reached.map((r) => r.node_id),
    ]);
    const owners = await readOwners(
      db,
      new Map([...reached, ...exposures].map((r) => [r.node_id, r.node_id])),
    );
    const columns: ImpactedColumn[] = reached.map((r) => ({
      project: r.project,
      uniqueId: r.unique_id,
      name: r.name,
      column: r.column_name,
      kinds: sortKinds(r.kinds),
      owner: owners.get(r.node_id) ?? null,
    }));
    const impacted: ImpactedExposure[] = exposures.map((x) => ({
      project: x.project,
      uniqueId: x.unique_id,
      name: x.name,
      owner: owners.get(x.node_id) ?? null,
    }));
    return {
      status: "found",
      focus: toLineageNode(focus.node),
      column,
      report: groupColumnImpact(columns, impacted),
    };
  });
}

async function hasColumn(
  db: Reader,
  nodeId: string,
  uniqueId: string,
  column: string,
): Promise<boolean> {
  const rows = await db.$queryRawUnsafe<{ found: boolean }[]>(
    `SELECT EXISTS (SELECT 1 FROM columns WHERE node_id = $1::bigint AND lower(name) = $3)
         OR EXISTS (SELECT 1 FROM column_edges WHERE upstream_unique_id = $2 AND upstream_column = $3)
         OR EXISTS (SELECT 1 FROM column_edges WHERE unique_id = $2 AND column_name = $3) AS found`,
    nodeId,
    uniqueId,
    column,
  );
  return rows[0]?.found ?? false;
}

/** Column edges walked downstream from (unique_id, column) (columnWalkSql). */
async function walkColumns(
  db: Reader,
  uniqueId: string,
  column: string,
): Promise<ReachedRow[]> {
  return db.$queryRawUnsafe<ReachedRow[]>(
    `WITH RECURSIVE ${columnWalkSql("e.upstream_unique_id = $1 AND e.upstream_column = $2", true)}
     SELECT n.id::text AS node_id, p.name AS project, w.unique_id, n.name, w.column_name,
            array_agg(DISTINCT w.kind) AS kinds
     FROM walk w
     JOIN projects p ON p.id = w.project_id
     JOIN nodes n ON n.project_id = w.project_id AND n.unique_id = w.unique_id
     GROUP BY n.id, p.name, w.unique_id, n.name, w.column_name
     ORDER BY p.name, n.name, w.column_name`,
    uniqueId,
    column,
  );
}

async function readExposures(db: Reader, nodeIds: string[]) {
  return db.$queryRawUnsafe<
    { node_id: string; project: string; unique_id: string; name: string }[]
  >(
    `SELECT DISTINCT x.id::text AS node_id, p.name AS project, x.unique_id, x.name
     FROM edges e
     JOIN nodes x ON x.id = e.child_id AND x.resource_type = 'exposure'
     JOIN projects p ON p.id = x.project_id
     WHERE e.parent_id = ANY($1::bigint[])
     ORDER BY p.name, x.name`,
    nodeIds,
  );
}

/** Strongest first: the kind a reader must worry about most leads. */
function sortKinds(kinds: string[]): ColumnEdgeKind[] {
  return COLUMN_EDGE_KINDS.filter((k) => kinds.includes(k)).reverse();
}
