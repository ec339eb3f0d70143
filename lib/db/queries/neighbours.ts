import "server-only";
import { inSequence, type Reader } from "./read";

/**
 * A parent or child of a node. An unresolved parent (its producer project was
 * never ingested, or no longer has it) is described from the reference alone.
 */
export type NeighbourView = {
  uniqueId: string;
  name: string;
  resourceType: string;
  project: string;
  version: string | null;
  access: string | null;
  isCrossProject: boolean;
  isResolved: boolean;
};

const NODE_SELECT = {
  uniqueId: true,
  name: true,
  resourceType: true,
  version: true,
  access: true,
  project: { select: { name: true } },
} as const;

/** Direct parents and children of a node, including those in other projects. */
export async function readNeighbours(
  db: Reader,
  nodeId: bigint,
): Promise<{ parents: NeighbourView[]; children: NeighbourView[] }> {
  const [up, down] = await inSequence(
    () =>
      db.edge.findMany({
        where: { childId: nodeId },
        select: {
          parentUniqueId: true,
          parentProject: true,
          parentName: true,
          parentResourceType: true,
          parentVersion: true,
          isCrossProject: true,
          parent: { select: NODE_SELECT },
        },
      }),
    () =>
      db.edge.findMany({
        where: { parentId: nodeId },
        select: { isCrossProject: true, child: { select: NODE_SELECT } },
      }),
  );
  const parents = up.map((edge): NeighbourView => {
    if (edge.parent) return fromNode(edge.parent, edge.isCrossProject);
    return {
      uniqueId: edge.parentUniqueId,
      name: edge.parentName,
      resourceType: edge.parentResourceType,
      project: edge.parentProject,
      version: edge.parentVersion,
      access: null,
      isCrossProject: edge.isCrossProject,
      isResolved: false,
    };
  });
  const children = down.map((edge) =>
    fromNode(edge.child, edge.isCrossProject),
  );
  return {
    parents: sortNeighbours(parents),
    children: sortNeighbours(children),
  };
}

type NodeRow = {
  uniqueId: string;
  name: string;
  resourceType: string;
  version: string | null;
  access: string | null;
  project: { name: string };
};

function fromNode(node: NodeRow, isCrossProject: boolean): NeighbourView {
  return {
    uniqueId: node.uniqueId,
    name: node.name,
    resourceType: node.resourceType,
    project: node.project.name,
    version: node.version,
    access: node.access,
    isCrossProject,
    isResolved: true,
  };
}

function sortNeighbours(items: NeighbourView[]): NeighbourView[] {
  return items.sort(
    (a, b) =>
      Number(b.isCrossProject) - Number(a.isCrossProject) ||
      a.project.localeCompare(b.project) ||
      a.name.localeCompare(b.name),
  );
}
