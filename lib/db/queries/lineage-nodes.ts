import "server-only";
import { parseUniqueId } from "@/lib/mesh/edges";
import { toNodeKey, type LineageNode } from "@/lib/mesh/lineage/graph";
import { isCurrentVersionSql } from "../ref-resolution-sql";
import type { Reader } from "./read";

/** The columns every lineage query selects for a node (`n`) and its project (`p`). */
export const NODE_COLUMNS = `n.id::text AS id, n.unique_id, n.name, n.resource_type,
  n.access, n.version, n.group_name, p.name AS project`;

export type NodeRow = {
  id: string;
  unique_id: string;
  name: string;
  resource_type: string;
  access: string | null;
  version: string | null;
  group_name: string | null;
  project: string;
};

export function toLineageNode(row: NodeRow): LineageNode {
  return {
    key: toNodeKey(row.project, row.unique_id),
    uniqueId: row.unique_id,
    project: row.project,
    name: row.name,
    resourceType: row.resource_type,
    access: row.access,
    version: row.version,
    group: row.group_name,
    isExternal: false,
  };
}

/** The parent an unresolved edge names, as an external node. */
export function toExternalNode(edge: {
  parent_unique_id: string;
  parent_project: string;
  parent_name: string;
  parent_resource_type: string;
  parent_version: string | null;
}): LineageNode {
  return {
    key: toNodeKey(edge.parent_project, edge.parent_unique_id),
    uniqueId: edge.parent_unique_id,
    project: edge.parent_project,
    name: edge.parent_name,
    resourceType: edge.parent_resource_type,
    access: null,
    version: edge.parent_version,
    group: null,
    isExternal: true,
  };
}

export type FocusLookup =
  | { status: "found"; node: NodeRow }
  | { status: "missing" }
  | { status: "ambiguous"; projects: string[] };

/**
 * The stored node a lineage, impact or star request is about. A package's
 * node lives in every project that installs it: `project` picks one, else
 * the project the package is named after, else the only holder. A versioned
 * model's unique_id without its `.vN` means its latest version, as an
 * unpinned `ref()` does.
 */
export async function findFocus(
  db: Reader,
  uniqueId: string,
  project: string | null,
): Promise<FocusLookup> {
  let rows = await db.$queryRawUnsafe<(NodeRow & { package_name: string })[]>(
    `SELECT ${NODE_COLUMNS}, n.package_name
     FROM nodes n JOIN projects p ON p.id = n.project_id
     WHERE n.unique_id = $1 AND ($2::text IS NULL OR p.name = $2)
     ORDER BY p.name`,
    uniqueId,
    project,
  );
  const parsed = parseUniqueId(uniqueId);
  if (rows.length === 0 && parsed.resourceType === "model")
    rows = await db.$queryRawUnsafe<(NodeRow & { package_name: string })[]>(
      `SELECT ${NODE_COLUMNS}, n.package_name
       FROM nodes n JOIN projects p ON p.id = n.project_id
       WHERE n.resource_type = 'model' AND n.package_name = $1 AND n.name = $2
         AND (${isCurrentVersionSql("n")}) AND ($3::text IS NULL OR p.name = $3)
       ORDER BY p.name`,
      parsed.packageName,
      parsed.name,
      project,
    );
  const chosen =
    rows.find((r) => r.project === r.package_name) ??
    (rows.length === 1 ? rows[0] : undefined);
  if (chosen) return { status: "found", node: chosen };
  if (rows.length === 0) return { status: "missing" };
  return { status: "ambiguous", projects: rows.map((r) => r.project) };
}
