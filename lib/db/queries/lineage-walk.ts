import "server-only";
import type {
  LineageEdge,
  LineageGraph,
  LineageNode,
} from "@/lib/mesh/lineage/graph";
import type { TypeFilter } from "@/lib/mesh/lineage/type-filter";
import {
  NODE_COLUMNS,
  toExternalNode,
  toLineageNode,
  type NodeRow,
} from "./lineage-nodes";
import type { Reader } from "./read";
import { relationKeySql } from "@/lib/governance/relation-key";
import { hiddenDependencySql } from "../hidden-dependency-sql";

export type WalkLimits = {
  up: number;
  down: number;
  filter: TypeFilter;
  /** Hard cap on the nodes loaded: a 100k-node mesh never loads whole. */
  maxNodes: number;
};

export type LoadedLineage = {
  graph: LineageGraph;
  focus: string;
  /** Database id of every loaded stored node, by key. */
  idOf: Map<string, string>;
  isTruncated: boolean;
};

type UpRow = {
  child: string;
  parent_id: string | null;
  is_cross_project: boolean;
  is_hidden: boolean;
  parent_unique_id: string;
  parent_project: string;
  parent_name: string;
  parent_resource_type: string;
  parent_version: string | null;
} & Partial<NodeRow>;

type DownRow = NodeRow & {
  parent: string;
  is_cross_project: boolean;
  is_hidden: boolean;
};

const TYPE_CONDITION = (column: string) =>
  `($2::text[] IS NULL OR ${column} = ANY($2::text[])) AND NOT (${column} = ANY($3::text[]))`;

// Hidden dependencies (HIDDEN_DEPENDENCY_RULE) are edges too, found through
// the index on the relation a node builds or reads: a source reading the
// relation another project's model builds depends on that model.
const relationMatch = (a: string, b: string) =>
  `${relationKeySql(a)} = ${relationKeySql(b)}`;

// One hop up: the parents of the frontier, stored or not (an unresolved ref
// keeps its name and type on the edge), and the models a frontier source
// reads without a ref.
export const UP_SQL = `
  SELECT e.child_id::text AS child, e.parent_id::text AS parent_id, e.is_cross_project,
         false AS is_hidden,
         e.parent_unique_id, e.parent_project, e.parent_name, e.parent_resource_type, e.parent_version,
         ${NODE_COLUMNS}
  FROM edges e
  LEFT JOIN nodes n ON n.id = e.parent_id
  LEFT JOIN projects p ON p.id = n.project_id
  WHERE e.child_id = ANY($1::bigint[])
    AND ${TYPE_CONDITION("coalesce(n.resource_type, e.parent_resource_type)")}
  UNION ALL
  SELECT s.id::text, n.id::text, true, true,
         n.unique_id, p.name, n.name, n.resource_type, n.version,
         ${NODE_COLUMNS}
  FROM nodes s
  JOIN projects sp ON sp.id = s.project_id
  JOIN nodes n ON ${relationMatch("n", "s")}
  JOIN projects p ON p.id = n.project_id
  WHERE s.id = ANY($1::bigint[])
    AND ${hiddenDependencySql({ source: ["s", "sp"], model: ["n", "p"] })}
    AND ${TYPE_CONDITION("n.resource_type")}`;

// One hop down: the children of the frontier (children are always stored),
// and the sources in other projects that read a frontier model's relation.
export const DOWN_SQL = `
  SELECT e.parent_id::text AS parent, e.is_cross_project, false AS is_hidden, ${NODE_COLUMNS}
  FROM edges e
  JOIN nodes n ON n.id = e.child_id
  JOIN projects p ON p.id = n.project_id
  WHERE e.parent_id = ANY($1::bigint[])
    AND ${TYPE_CONDITION("n.resource_type")}
  UNION ALL
  SELECT m.id::text, true, true, ${NODE_COLUMNS}
  FROM nodes m
  JOIN projects mp ON mp.id = m.project_id
  JOIN nodes n ON ${relationMatch("n", "m")}
  JOIN projects p ON p.id = n.project_id
  WHERE m.id = ANY($1::bigint[])
    AND ${hiddenDependencySql({ source: ["n", "p"], model: ["m", "mp"] })}
    AND ${TYPE_CONDITION("n.resource_type")}`;

// Edges between loaded nodes that the walk did not follow (a shortcut from an
// ancestor to a descendant, or between two nodes at the hop limit).
export const INDUCED_SQL = `
  SELECT e.parent_id::text AS parent, e.child_id::text AS child, e.is_cross_project,
         false AS is_hidden
  FROM edges e
  WHERE e.child_id = ANY($1::bigint[]) AND e.parent_id = ANY($1::bigint[])
  UNION ALL
  SELECT m.id::text, s.id::text, true, true
  FROM nodes s
  JOIN projects sp ON sp.id = s.project_id
  JOIN nodes m ON ${relationMatch("m", "s")}
  JOIN projects mp ON mp.id = m.project_id
  WHERE s.id = ANY($1::bigint[]) AND m.id = ANY($1::bigint[])
    AND ${hiddenDependencySql({ source: ["s", "sp"], model: ["m", "mp"] })}`;

/**
 * Loads the lineage of a stored node hop by hop: one query per hop and
 * direction over the frontier (index scans on edges.child_id / parent_id),
 * alternating up and down so that the node cap leaves both sides their
 * nearest nodes, then one query for the edges among what was loaded. Only
 * nodes whose type the filter shows are walked through; every node is
 * loaded once, so cycles between projects end the walk.
 */
export async function loadLineage(
  db: Reader,
  focus: NodeRow,
  limits: WalkLimits,
): Promise<LoadedLineage> {
  const root = toLineageNode(focus);
  const nodes = new Map<string, LineageNode>([[root.key, root]]);
  const idOf = new Map([[root.key, focus.id]]);
  const keyOf = new Map([[focus.id, root.key]]);
  const edges: LineageEdge[] = [];
  const include = limits.filter.include ? [...limits.filter.include] : null;
  const exclude = [...limits.filter.exclude];
  let upFrontier = [focus.id];
  let downFrontier = [focus.id];
  let isTruncated = false;
  const admit = (node: LineageNode, id: string | null): boolean => {
    if (nodes.has(node.key)) return false;
    if (nodes.size >= limits.maxNodes) {
      isTruncated = true;
      return false;
    }
    nodes.set(node.key, node);
    if (id !== null) {
      idOf.set(node.key, id);
      keyOf.set(id, node.key);
    }
    return true;
  };
  for (let hop = 1; !isTruncated; hop++) {
    const goUp = hop <= limits.up && upFrontier.length > 0;
    const goDown = hop <= limits.down && downFrontier.length > 0;
    if (!goUp && !goDown) break;
    if (goUp) {
      const rows = await db.$queryRawUnsafe<UpRow[]>(
        UP_SQL,
        upFrontier,
        include,
        exclude,
      );
      const next: string[] = [];
      for (const row of rows) {
        const node =
          row.parent_id !== null && row.unique_id !== undefined
            ? toLineageNode(row as UpRow & NodeRow)
            : toExternalNode(row);
        const isNew = admit(node, row.parent_id);
        if (isNew && row.parent_id !== null) next.push(row.parent_id);
        if (nodes.has(node.key))
          edges.push({
            parent: node.key,
            child: keyOf.get(row.child) ?? "",
            isCrossProject: row.is_cross_project,
            isHidden: row.is_hidden,
          });
      }
      upFrontier = next;
    }
    if (goDown && !isTruncated) {
      const rows = await db.$queryRawUnsafe<DownRow[]>(
        DOWN_SQL,
        downFrontier,
        include,
        exclude,
      );
      const next: string[] = [];
      for (const row of rows) {
        const node = toLineageNode(row);
        if (admit(node, row.id)) next.push(row.id);
        if (nodes.has(node.key))
          edges.push({
            parent: keyOf.get(row.parent) ?? "",
            child: node.key,
            isCrossProject: row.is_cross_project,
            isHidden: row.is_hidden,
          });
      }
      downFrontier = next;
    }
  }
  const induced = await db.$queryRawUnsafe<
    {
      parent: string;
      child: string;
      is_cross_project: boolean;
      is_hidden: boolean;
    }[]
  >(INDUCED_SQL, [...keyOf.keys()]);
  for (const row of induced) {
    const parent = keyOf.get(row.parent);
    const child = keyOf.get(row.child);
    if (parent && child)
      edges.push({
        parent,
        child,
        isCrossProject: row.is_cross_project,
        isHidden: row.is_hidden,
      });
  }
  return {
    graph: { nodes: [...nodes.values()], edges },
    focus: root.key,
    idOf,
    isTruncated,
  };
}
