import "server-only";
import type { ExpandDirection } from "@/lib/mesh/lineage/expand";
import type { LineageEdge, LineageGraph } from "@/lib/mesh/lineage/graph";
import type { TypeFilter } from "@/lib/mesh/lineage/type-filter";
import { findFocus, type FocusLookup } from "./lineage-nodes";
import { loadLineage } from "./lineage-walk";
import { readSnapshot } from "./read";

// An end of an edge is kept when the filter shows its type, or it is the focus.
const shown = (type: string, id: string) =>
  `${id} = $4::bigint OR (($2::text[] IS NULL OR ${type} = ANY($2::text[])) AND NOT (${type} = ANY($3::text[])))`;

/** Neighbours loaded at most for one expand. */
export const NEIGHBOUR_CAP = 2_000;

export type NeighbourhoodResult =
  | {
      status: "found";
      focus: string;
      graph: LineageGraph;
      isTruncated: boolean;
    }
  | Exclude<FocusLookup, { status: "found" }>;

/**
 * A node's direct neighbours with every edge that touches them, for expanding
 * the node in place: `expandNeighbours` keeps those the view lacks and the
 * edges that link them to what the view shows. Edges to nodes of hidden types
 * are left out.
 */
export function getNeighbourhood(request: {
  uniqueId: string;
  project: string | null;
  direction: ExpandDirection;
  filter: TypeFilter;
}): Promise<NeighbourhoodResult> {
  return readSnapshot(async (db) => {
    const focus = await findFocus(db, request.uniqueId, request.project);
    if (focus.status !== "found") return focus;
    const loaded = await loadLineage(db, focus.node, {
      up: request.direction === "down" ? 0 : 1,
      down: request.direction === "up" ? 0 : 1,
      filter: request.filter,
      maxNodes: NEIGHBOUR_CAP,
    });
    const ids = [...loaded.idOf.values()];
    const include = request.filter.include ? [...request.filter.include] : null;
    const rows = await db.$queryRawUnsafe<
      { parent: string; child: string; is_cross_project: boolean }[]
    >(
      `SELECT coalesce(pp.name, e.parent_project) || ':' || coalesce(pn.unique_id, e.parent_unique_id) AS parent,
              cp.name || ':' || cn.unique_id AS child, e.is_cross_project
       FROM edges e
       JOIN nodes cn ON cn.id = e.child_id
       JOIN projects cp ON cp.id = cn.project_id
       LEFT JOIN nodes pn ON pn.id = e.parent_id
       LEFT JOIN projects pp ON pp.id = pn.project_id
       WHERE (e.child_id = ANY($1::bigint[]) OR e.parent_id = ANY($1::bigint[]))
         AND (${shown("cn.resource_type", "e.child_id")})
         AND (${shown("coalesce(pn.resource_type, e.parent_resource_type)", "e.parent_id")})`,
      ids,
      include,
      [...request.filter.exclude],
      focus.node.id,
    );
    // The incident edges include those the walk loaded: keep each once.
    const edges = new Map<string, LineageEdge>();
    for (const r of rows)
      edges.set(`${r.parent}\u0000${r.child}`, {
        parent: r.parent,
        child: r.child,
        isCrossProject: r.is_cross_project,
        isHidden: false,
      });
    // Hidden dependencies have no edge row: the walk found those of the focus.
    for (const e of loaded.graph.edges)
      if (e.isHidden) edges.set(`${e.parent}\u0000${e.child}`, e);
    return {
      status: "found",
      focus: loaded.focus,
      graph: { nodes: loaded.graph.nodes, edges: [...edges.values()] },
      isTruncated: loaded.isTruncated,
    };
  });
}
