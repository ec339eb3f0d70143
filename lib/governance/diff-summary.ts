import type { NodeFinding } from "./diff-finding";
import type { DiffNode } from "./diff-types";

/** How a change names its node: `orders`, `orders v2`, `source payments` (models go without their type). */
export function labelNode(
  node: Pick<DiffNode, "name" | "version" | "resourceType">,
): string {
  const type = node.resourceType === "model" ? "" : `${node.resourceType} `;
  return node.version === null
    ? `${type}${node.name}`
    : `${type}${node.name} v${node.version}`;
}

function labelWithType(
  node: Pick<DiffNode, "name" | "version" | "resourceType">,
): string {
  return node.resourceType === "model"
    ? `model ${labelNode(node)}`
    : labelNode(node);
}

function day(timestamp: string | null | undefined): string {
  return timestamp ? timestamp.slice(0, 10) : "none";
}

/** One sentence saying what changed, for people. */
export function summarizeFinding(
  node: Pick<DiffNode, "name" | "version" | "resourceType" | "deprecationDate">,
  finding: NodeFinding,
  now: Date,
): string {
  const label = labelNode(node);
  const column = finding.column ?? "";
  const on = finding.column ? `column ${column} of ${label}` : label;
  const { before, after } = finding;
  switch (finding.kind) {
    case "node_removed":
      return `${labelWithType(node)} removed${deprecationNote(node, now)}`;
    case "version_removed":
      return `version ${node.version ?? "?"} of ${node.name} removed${deprecationNote(node, now)}`;
    case "column_removed":
      return `column ${column} removed from ${label}`;
    case "column_renamed":
      return `column ${before ?? column} of ${label} renamed to ${after ?? "?"}`;
    case "column_type_changed":
      return `${on} changed type from ${before ?? "?"} to ${after ?? "?"}`;
    case "constraint_dropped":
      return `constraint ${before ?? "?"} dropped from ${on}`;
    case "constraint_added":
      return `constraint ${after ?? "?"} added to ${on}`;
    case "contract_dropped":
      return `${label} no longer enforces its contract`;
    case "contract_enforced":
      return `${label} now enforces its contract`;
    case "access_narrowed":
    case "access_widened":
      return `access of ${label} changed from ${before ?? "?"} to ${after ?? "?"}`;
    case "latest_version_moved":
      return `latest version of ${node.name} moved from ${before ?? "?"} to ${after ?? "?"}: unpinned refs now read v${after ?? "?"}`;
    case "relation_renamed":
      return `relation of ${label} renamed from ${before ?? "?"} to ${after ?? "?"}`;
    case "materialized_ephemeral":
      return `${label} is now ephemeral (was ${before ?? "unset"}): no relation is left to select from`;
    case "materialized_changed":
      return `${label} is now materialized as ${after ?? "unset"} (was ${before ?? "unset"})`;
    case "deprecation_changed":
      return `deprecation date of ${label} changed from ${day(before)} to ${day(after)}`;
    case "description_changed":
      return `description of ${label} changed`;
    case "column_description_changed":
      return `description of column ${column} of ${label} changed`;
    case "node_added":
      return `${labelWithType(node)} added`;
    case "version_added":
      return `version ${node.version ?? "?"} of ${node.name} added`;
    case "column_added":
      return `column ${column} added to ${label}`;
  }
}

function deprecationNote(
  node: Pick<DiffNode, "deprecationDate">,
  now: Date,
): string {
  if (!node.deprecationDate) return "";
  return isPastDeprecation(node, now)
    ? ` (deprecated since ${day(node.deprecationDate)})`
    : ` before its deprecation date ${day(node.deprecationDate)}`;
}

/** Whether a node's deprecation date has come: consumers were told to move by then. */
export function isPastDeprecation(
  node: Pick<DiffNode, "deprecationDate">,
  now: Date,
): boolean {
  if (!node.deprecationDate) return false;
  const time = Date.parse(node.deprecationDate);
  return !Number.isNaN(time) && time <= now.getTime();
}
