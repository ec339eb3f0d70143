import type { CollapsedLineage, DrawnNode } from "@/lib/mesh/lineage/collapse";
import type { LineageNode } from "@/lib/mesh/lineage/graph";
import type { ImpactedNode } from "@/lib/mesh/lineage/impact";
import type { ImpactPage } from "@/lib/mesh/lineage/impact-page";
import type { Star } from "@/lib/mesh/star/types";
import type { MeshMap } from "@/lib/mesh/lineage/mesh-map";
import type { FocusLookup } from "@/lib/db/queries/lineage-nodes";
import { jsonError } from "./responses";

/*
 * The JSON shapes of the lineage, impact and star APIs. As in the rest of the
 * API, flags drop their `is` prefix (`crossProject`, `external`).
 */

/** A node as the lineage APIs give it; `id` is `project:unique_id`. */
export function presentNode(node: LineageNode) {
  return {
    id: node.key,
    uniqueId: node.uniqueId,
    project: node.project,
    name: node.name,
    resourceType: node.resourceType,
    access: node.access,
    version: node.version,
    group: node.group,
    external: node.isExternal,
  };
}

function presentDrawn(node: DrawnNode) {
  if (node.kind === "node")
    return { kind: "node" as const, ...presentNode(node), depth: node.depth };
  const { key, isExternal, kind, ...group } = node;
  return { kind, id: key, ...group, external: isExternal };
}

/** `GET /api/v1/lineage`. */
export function presentLineage(lineage: CollapsedLineage) {
  return {
    focus: lineage.focus,
    nodes: lineage.nodes.map(presentDrawn),
    edges: lineage.edges.map((e) => ({
      source: e.source,
      target: e.target,
      crossProject: e.isCrossProject,
      hidden: e.isHidden,
      count: e.count,
    })),
    total: lineage.total,
    collapsed: lineage.isCollapsed,
    truncated: lineage.isTruncated,
  };
}

/** `GET /api/v1/lineage/projects`. */
export function presentMeshMap(map: MeshMap) {
  return {
    projects: map.projects.map(({ isExternal, ...p }) => ({
      ...p,
      external: isExternal,
    })),
    edges: map.edges.map(({ isTwoWay, ...e }) => ({ ...e, twoWay: isTwoWay })),
  };
}

function presentImpacted(node: ImpactedNode) {
  return { ...presentNode(node), hops: node.depth, path: node.path };
}

/** `GET /api/v1/impact/{unique_id}`: one page of the report, with where the next starts. */
export function presentImpact(focus: LineageNode, page: ImpactPage) {
  const { report } = page;
  return {
    focus: presentNode(focus),
    total: report.total,
    exposures: report.exposures,
    truncated: report.isTruncated,
    page: {
      offset: page.offset,
      limit: page.limit,
      returned: page.returned,
      nextOffset: page.nextOffset,
    },
    projects: report.projects.map((p) => ({
      project: p.project,
      count: p.count,
      owners: p.owners.map((g) => ({
        owner: g.owner,
        nodes: g.nodes.map(presentImpacted),
      })),
    })),
  };
}

/** `GET /api/v1/star/{unique_id}`. */
export function presentStar(star: Star, isTruncated: boolean) {
  return {
    focus: star.focus,
    kind: star.kind,
    truncated: isTruncated,
    tables: star.tables.map(({ key, isExternal, columns, ...table }) => ({
      id: key,
      ...table,
      external: isExternal,
      columns: columns.map(
        ({ isPrimaryKey, isUnique, isForeignKey, isDeclared, ...c }) => ({
          ...c,
          primaryKey: isPrimaryKey,
          unique: isUnique,
          foreignKey: isForeignKey,
          declared: isDeclared,
        }),
      ),
    })),
    relationships: star.relationships.map(({ isCrossProject, ...r }) => ({
      ...r,
      crossProject: isCrossProject,
    })),
  };
}

/** The response for a focus that is not found, or is in several projects. */
export function focusProblem(
  uniqueId: string,
  lookup: Exclude<FocusLookup, { status: "found" }>,
): Response {
  switch (lookup.status) {
    case "missing":
      return jsonError(404, `No node with unique_id "${uniqueId}"`);
    case "ambiguous":
      return jsonError(
        409,
        `"${uniqueId}" is in several projects; pick one with ?project=`,
        { projects: lookup.projects },
      );
  }
}
