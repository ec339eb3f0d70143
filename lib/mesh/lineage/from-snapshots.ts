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
      });
    }
  }
  return { nodes: [...nodes.values()], edges };
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
