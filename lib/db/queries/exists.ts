import "server-only";
import { getPrisma } from "../client";
import { findFocus } from "./lineage-nodes";

// Cheap existence checks for route layouts. A layout runs before the page's
// loading boundary starts streaming, so a missing record still answers 404.

/** Whether a project of this name has been ingested. */
export async function hasProject(name: string): Promise<boolean> {
  const found = await getPrisma().project.findUnique({
    where: { name },
    select: { id: true },
  });
  return found !== null;
}

/** Whether the project has a model of this name (in the given version, when one is asked for). */
export async function hasModel(
  project: string,
  name: string,
  version?: string,
): Promise<boolean> {
  const found = await getPrisma().node.findFirst({
    where: {
      project: { name: project },
      resourceType: "model",
      name,
      ...(version === undefined ? {} : { version }),
    },
    select: { id: true },
  });
  return found !== null;
}

export type NodeIdentity = {
  resourceType: string;
  name: string;
  version: string | null;
};

/** What kind of node a unique id names in a project; null when the project has no such node. */
export function findNodeIdentity(
  project: string,
  uniqueId: string,
): Promise<NodeIdentity | null> {
  return getPrisma().node.findFirst({
    where: { project: { name: project }, uniqueId },
    select: { resourceType: true, name: true, version: true },
  });
}

/**
 * The node a lineage or impact page is about, found as the lineage APIs find
 * it: by unique id in the project, or, for a versioned model named without
 * its `.vN`, its latest version. Null when the project has no such node.
 */
export async function findLineageFocus(
  project: string,
  uniqueId: string,
): Promise<NodeIdentity | null> {
  const focus = await findFocus(getPrisma(), uniqueId, project);
  if (focus.status !== "found") return null;
  return {
    resourceType: focus.node.resource_type,
    name: focus.node.name,
    version: focus.node.version,
  };
}
