import "server-only";
import { getPrisma } from "../client";
import { findFocus, type FocusLookup } from "./lineage-nodes";
import { readSnapshot } from "./read";

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

/** Whether the project declares this dbt group, or has a model in it. */
export async function hasGroup(
  project: string,
  group: string,
): Promise<boolean> {
  const rows = await getPrisma().$queryRaw<{ found: boolean }[]>`
    SELECT EXISTS (
      SELECT 1 FROM groups g JOIN projects p ON p.id = g.project_id
      WHERE p.name = ${project} AND g.name = ${group}
      UNION ALL
      SELECT 1 FROM nodes n JOIN projects p ON p.id = n.project_id
      WHERE p.name = ${project} AND n.group_name = ${group}
        AND n.resource_type = 'model') AS found`;
  return rows[0]?.found ?? false;
}

/**
 * Whether anyone in the mesh goes by this owner (a name or an email, without
 * regard to case): a group's owner, or an owner of a data product.
 */
export async function hasOwner(owner: string): Promise<boolean> {
  const key = owner.toLowerCase();
  const rows = await getPrisma().$queryRaw<{ found: boolean }[]>`
    SELECT EXISTS (
      SELECT 1 FROM groups
      WHERE lower(owner_name) = ${key} OR lower(owner_email) = ${key}
      UNION ALL
      SELECT 1 FROM product_scores ps, unnest(ps.owners) o
      WHERE lower(o) = ${key}) AS found`;
  return rows[0]?.found ?? false;
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

/**
 * The stored node a unique id names, found as the lineage APIs find it (in
 * `project`, else its own package's project, else the only holder; a
 * versioned model's id without `.vN` is its latest version).
 */
export function locateNode(
  uniqueId: string,
  project: string | null,
): Promise<FocusLookup> {
  return readSnapshot((db) => findFocus(db, uniqueId, project));
}
