import { REFERABLE_TYPES } from "@/lib/artifacts/resource-types";
import { holds, type Field, type Rule } from "./sql-rule";

/** What a cross-project ref names: the producer project, the node, the pinned version (null follows the latest). */
export type RefTarget = {
  project: string;
  name: string;
  version: string | null;
};

/** A node a ref may resolve to, with the project that holds it. */
export type RefCandidate = {
  project: string;
  packageName: string;
  name: string;
  resourceType: string;
  version: string | null;
  latestVersion: string | null;
};

type VersionFields = Pick<RefCandidate, "version" | "latestVersion">;

const node = (key: keyof RefCandidate): Field<"node"> => ["node", key];
const ref = (key: keyof RefTarget): Field<"ref"> => ["ref", key];

/** The node an unpinned ref follows: an unversioned node, or a versioned model's latest version. */
export const IS_CURRENT_VERSION: Rule<"node"> = {
  op: "or",
  rules: [
    { op: "isNull", field: node("version") },
    { op: "eq", left: node("version"), right: node("latestVersion") },
  ],
};

/**
 * The cross-project ref resolution rule: a ref to `project.name` resolves to
 * the producer project's own node of that name (its own package, not one it
 * installs), a model, seed or snapshot; the pinned version, or else the
 * current one. Stored edges resolve by the SQL rendering of this same rule.
 */
export const REF_RESOLUTION: Rule<"ref" | "node"> = {
  op: "and",
  rules: [
    { op: "eq", left: node("project"), right: ref("project") },
    { op: "eq", left: node("packageName"), right: ref("project") },
    { op: "eq", left: node("name"), right: ref("name") },
    { op: "in", field: node("resourceType"), values: REFERABLE_TYPES },
    {
      op: "if",
      when: { op: "isNull", field: ref("version") },
      then: IS_CURRENT_VERSION,
      else: { op: "eq", left: node("version"), right: ref("version") },
    },
  ],
};

/** Whether a cross-project ref resolves to this node (REF_RESOLUTION). */
export function resolvesRef(
  target: RefTarget,
  candidate: RefCandidate,
): boolean {
  return holds(REF_RESOLUTION, { ref: target, node: candidate });
}

/** Whether a node is what an unpinned ref follows (IS_CURRENT_VERSION). */
export function isCurrentVersion(candidate: VersionFields): boolean {
  return holds(IS_CURRENT_VERSION, { node: candidate });
}
