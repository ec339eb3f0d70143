import {
  isHiddenDependency,
  type RelationBuilder,
} from "@/lib/governance/hidden-dependency";
import { groupBy } from "@/lib/governance/group-by";
import { toRelationKey } from "@/lib/governance/relation-key";
import { resolvesRef } from "../ref-resolution";
import type { ProjectSnapshot, SnapshotNode } from "../snapshot";
import {
  toNodeKey,
  type LineageEdge,
  type LineageGraph,
  type LineageNode,
} from "./graph";

/**
 * The lineage graph of a set of project snapshots held in memory, resolving
 * cross-project refs by the rule the database uses (REF_RESOLUTION). Refs
 * nothing resolves become external nodes.
 */
export function buildMeshGraph(snapshots: ProjectSnapshot[]): LineageGraph {
  const nodes = new Map<string, LineageNode>();
  const byProject = new Map(snapshots.map((s) => [s.project.name, s]));
  for (const snapshot of snapshots)
    for (const node of snapshot.nodes)
      nodes.set(
        toNodeKey(snapshot.project.name, node.uniqueId),
        toLineageNode(snapshot.project.name, node),
      );
  const edges: LineageEdge[] = [];
  for (const snapshot of snapshots) {
    const project = snapshot.project.name;
    for (const edge of snapshot.edges) {
      const producer = edge.isLocal
        ? undefined
        : byProject.get(edge.parentProject);
      const resolved = edge.isLocal
        ? edge.parentUniqueId
        : producer?.nodes.find((n) =>
            resolvesRef(
              {
                project: edge.parentProject,
                name: edge.parentName,
                version: edge.parentVersion,
              },
              { ...n, project: producer.project.name },
            ),
          )?.uniqueId;
      const parent = resolved
        ? toNodeKey(edge.isLocal ? project : edge.parentProject, resolved)
        : toNodeKey(edge.parentProject, edge.parentUniqueId);
      if (!nodes.has(parent))
        nodes.set(parent, {
          key: parent,
          uniqueId: edge.parentUniqueId,
          project: edge.parentProject,
          name: edge.parentName,
          resourceType: edge.parentResourceType,
          access: null,
          version: edge.parentVersion,
          group: null,
          isExternal: true,
        });
      edges.push({
        parent,
        child: toNodeKey(project, edge.childUniqueId),
        isCrossProject: edge.isCrossProject,
        isHidden: false,
      });
    }
  }
  edges.push(...findHiddenEdges(snapshots));
  return { nodes: [...nodes.values()], edges };
}

/** The hidden dependencies among the snapshots (HIDDEN_DEPENDENCY_RULE), as edges. */
function findHiddenEdges(snapshots: ProjectSnapshot[]): LineageEdge[] {
  const side = (project: string, node: SnapshotNode): RelationBuilder => ({
    project,
    packageName: node.packageName,
    resourceType: node.resourceType,
    materialized: node.materialized,
    relation: toRelationKey({
      database: node.database,
      schema: node.schema,
      identifier: node.alias ?? node.name,
    }),
  });
  const all = snapshots.flatMap((s) =>
    s.nodes.map((node) => ({
      key: toNodeKey(s.project.name, node.uniqueId),
      side: side(s.project.name, node),
    })),
  );
  const byRelation = groupBy(all, (entry) => entry.side.relation);
  return all.flatMap((reader) =>
    (byRelation.get(reader.side.relation) ?? [])
      .filter((builder) => isHiddenDependency(reader.side, builder.side))
      .map((builder) => ({
        parent: builder.key,
        child: reader.key,
        isCrossProject: true,
        isHidden: true,
      })),
  );
}

function toLineageNode(project: string, node: SnapshotNode): LineageNode {
  return {
    key: toNodeKey(project, node.uniqueId),
    uniqueId: node.uniqueId,
    project,
    name: node.name,
    resourceType: node.resourceType,
    access: node.access,
    version: node.version,
    group: node.groupName,
    isExternal: false,
  };
}
