import type { SnapshotNode } from "@/lib/mesh/snapshot";

/** A column as the diff compares it: declared and warehouse types, constraints, description. */
export type DiffColumn = {
  name: string;
  dataType: string | null;
  catalogType: string | null;
  constraints: unknown[];
  description: string;
};

/** The facts of a node that a consumer can depend on, from a manifest or from the catalog. */
export type DiffNode = Pick<
  SnapshotNode,
  | "uniqueId"
  | "resourceType"
  | "name"
  | "packageName"
  | "description"
  | "access"
  | "materialized"
  | "database"
  | "schema"
  | "alias"
  | "relationName"
  | "version"
  | "latestVersion"
  | "deprecationDate"
  | "contractEnforced"
  | "constraints"
> & { columns: DiffColumn[] };

/** Something that reads a producer's model: a node of another project, or an exposure. */
export type DiffConsumer = {
  uniqueId: string;
  name: string;
  resourceType: string;
  project: string;
  /** The producer's node it reads: a name, and the version its ref pins (null follows the latest). */
  target: { name: string; version: string | null };
  owners: string[];
};

/** One side of a diff: a project's nodes and who consumes them. */
export type DiffSide = { project: string; nodes: DiffNode[] };

/** A consumer a breaking change hits, with the version it pins (null: it follows the latest). */
export type ConsumerHit = {
  uniqueId: string;
  name: string;
  resourceType: string;
  project: string;
  pinnedVersion: string | null;
  owners: string[];
};
