import { compareAccess, toAccessLevel } from "@/lib/artifacts/access";
import { diffColumns } from "./diff-columns";
import { compareConstraints } from "./diff-constraints";
import type { NodeFinding } from "./diff-finding";
import type { DiffNode } from "./diff-types";

/** Where a node's relation lives: `relation_name`, else database.schema.alias. */
export function describeRelation(node: DiffNode): string | null {
  if (node.relationName) return node.relationName;
  const parts = [node.database, node.schema, node.alias ?? node.name];
  return parts.some((part) => part === null)
    ? null
    : parts.filter((part) => part !== null).join(".");
}

/** What changed on a node present on both sides (the same unique_id, or a model that became versioned). */
export function diffNode(before: DiffNode, after: DiffNode): NodeFinding[] {
  const findings: NodeFinding[] = [];
  const access = compareAccess(after.access, before.access);
  if (access !== 0)
    findings.push({
      kind: access < 0 ? "access_narrowed" : "access_widened",
      before: toAccessLevel(before.access),
      after: toAccessLevel(after.access),
    });
  if (before.contractEnforced !== after.contractEnforced)
    findings.push({
      kind: after.contractEnforced ? "contract_enforced" : "contract_dropped",
    });
  findings.push(...diffMaterialization(before, after));
  if (before.deprecationDate !== after.deprecationDate)
    findings.push({
      kind: "deprecation_changed",
      before: before.deprecationDate,
      after: after.deprecationDate,
    });
  if (before.description !== after.description)
    findings.push({ kind: "description_changed" });
  findings.push(...compareConstraints(before.constraints, after.constraints));
  findings.push(...diffColumns(before, after));
  return findings;
}

function diffMaterialization(before: DiffNode, after: DiffNode): NodeFinding[] {
  const wasEphemeral = before.materialized === "ephemeral";
  const isEphemeral = after.materialized === "ephemeral";
  if (isEphemeral && !wasEphemeral)
    return [
      {
        kind: "materialized_ephemeral",
        before: before.materialized,
        after: after.materialized,
      },
    ];
  const findings: NodeFinding[] = [];
  if (before.materialized !== after.materialized)
    findings.push({
      kind: "materialized_changed",
      before: before.materialized,
      after: after.materialized,
    });
  // An ephemeral model has no relation to rename.
  const from = describeRelation(before);
  const to = describeRelation(after);
  if (!isEphemeral && from !== null && to !== null && from !== to)
    findings.push({ kind: "relation_renamed", before: from, after: to });
  return findings;
}
