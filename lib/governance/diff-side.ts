import type { GroupRecord, JsonObject } from "@/lib/artifacts/types";
import type { ProjectSnapshot, SnapshotNode } from "@/lib/mesh/snapshot";
import { formatOwner, resolveOwner } from "@/lib/mesh/lineage/owner";
import { listOwners } from "@/lib/score/owners";
import { OWNER_META_KEYS } from "@/lib/score/rules/ownership";
import type { DiffConsumer, DiffNode, DiffSide } from "./diff-types";
import {
  detailsOfKind,
  type ExposureOwner,
} from "@/lib/artifacts/node-details";

/** The facts the diff compares, from a project's snapshot. */
export function toDiffSide(snapshot: ProjectSnapshot): DiffSide {
  return {
    project: snapshot.project.name,
    nodes: snapshot.nodes.map(toDiffNode),
  };
}

function toDiffNode(node: SnapshotNode): DiffNode {
  return {
    uniqueId: node.uniqueId,
    resourceType: node.resourceType,
    name: node.name,
    packageName: node.packageName,
    description: node.description,
    access: node.access,
    materialized: node.materialized,
    database: node.database,
    schema: node.schema,
    alias: node.alias,
    relationName: node.relationName,
    version: node.version,
    latestVersion: node.latestVersion,
    deprecationDate: node.deprecationDate,
    contractEnforced: node.contractEnforced,
    constraints: node.constraints,
    columns: node.columns.map((column) => ({
      name: column.name,
      dataType: column.dataType,
      catalogType: column.catalogType ?? null,
      constraints: column.constraints,
      description: column.description,
    })),
  };
}

/**
 * Who answers for a consumer: an exposure's declared owner, its group's
 * owner, then the `meta` keys of the score's owner rule, each as
 * `Name <email>` when both are known, each once.
 */
export function listConsumerOwners(consumer: {
  group: Pick<GroupRecord, "ownerName" | "ownerEmail"> | null;
  meta: JsonObject;
  exposureOwner?: ExposureOwner | null;
}): string[] {
  const exposure = resolveOwner({ exposureOwner: consumer.exposureOwner });
  const group = consumer.group
    ? resolveOwner({
        groupOwner: {
          name: consumer.group.ownerName,
          email: consumer.group.ownerEmail,
        },
      })
    : null;
  const owners: string[] = [];
  const seen = new Set<string>();
  // A meta owner naming a group owner's email again is the same person.
  const add = (text: string, parts: (string | null)[]) => {
    const keys = parts.filter((p) => p !== null).map((p) => p.toLowerCase());
    if (text === "" || keys.some((key) => seen.has(key))) return;
    for (const key of keys) seen.add(key);
    owners.push(text);
  };
  for (const owner of [exposure, group])
    if (owner) add(formatOwner(owner), [owner.name, owner.email]);
  for (const owner of listOwners(
    { group: null, node: { meta: consumer.meta } },
    OWNER_META_KEYS,
  ))
    add(owner, [owner]);
  return owners;
}

/**
 * The project's own exposures as consumers of the nodes they depend on: the
 * consumers a manifest knows by itself, without the catalog.
 */
export function listExposureConsumers(
  snapshot: ProjectSnapshot,
): DiffConsumer[] {
  const byId = new Map(snapshot.nodes.map((n) => [n.uniqueId, n]));
  const groups = new Map(snapshot.groups.map((g) => [g.name, g]));
  const consumers: DiffConsumer[] = [];
  for (const edge of snapshot.edges) {
    const child = byId.get(edge.childUniqueId);
    const parent = byId.get(edge.parentUniqueId);
    if (child?.resourceType !== "exposure" || !edge.isLocal || !parent)
      continue;
    consumers.push({
      uniqueId: child.uniqueId,
      name: child.label ?? child.name,
      resourceType: child.resourceType,
      project: snapshot.project.name,
      target: { name: parent.name, version: parent.version },
      owners: listConsumerOwners({
        group: child.groupName ? (groups.get(child.groupName) ?? null) : null,
        meta: child.meta,
        exposureOwner: detailsOfKind(child.details, "exposure")?.owner ?? null,
      }),
    });
  }
  return consumers;
}
