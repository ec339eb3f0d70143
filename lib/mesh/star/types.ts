/**
 * The star-schema view's shapes. Inputs are what the database holds around a
 * product (tables with columns and constraints, tests, semantic models);
 * outputs are tables with their keys marked and relationships between them.
 */
import { RELATION_TYPES } from "@/lib/artifacts/resource-types";

/** Resource types a star can hold: relations an analyst can join. */
export const STAR_TABLE_TYPES: readonly string[] = RELATION_TYPES;

export type StarColumnInput = {
  name: string;
  dataType: string | null;
  description: string;
  /** Column-level constraints as the manifest has them. */
  constraints: unknown[];
};

/** A relation a product may join: a model, seed, snapshot or source. */
export type StarTableInput = {
  key: string;
  uniqueId: string;
  project: string;
  name: string;
  resourceType: string;
  access: string | null;
  version: string | null;
  relationName: string | null;
  /** Unresolved reference: only its name is known. */
  isExternal: boolean;
  columns: StarColumnInput[];
  /** Model-level constraints as the manifest has them. */
  constraints: unknown[];
};

/** A node a test depends on, to tell which one its `to` argument names. */
export type TestParent = {
  key: string;
  uniqueId: string;
  name: string;
  resourceType: string;
};

export type StarTestInput = {
  key: string;
  testName: string | null;
  namespace: string | null;
  kwargs: Record<string, unknown>;
  columnName: string | null;
  attachedKey: string | null;
  parents: TestParent[];
};

export type EntityInput = { name: string; type: string; expr: string | null };

export type SemanticModelInput = {
  key: string;
  project: string;
  name: string;
  /** The table the semantic model is defined on. */
  tableKey: string | null;
  entities: EntityInput[];
};

export type StarInputs = {
  tables: StarTableInput[];
  tests: StarTestInput[];
  semanticModels: SemanticModelInput[];
};

export type RelationshipSource = "test" | "constraint" | "entity";

/** many_to_one: each `from` row matches at most one `to` row, and a `to` row many `from` rows. */
export type Cardinality = "many_to_one" | "one_to_one" | "unknown";

export type RelationshipEnd = { table: string; columns: string[] };

export type Relationship = {
  /** The referencing side (foreign key). */
  from: RelationshipEnd;
  /** The referenced side (usually a primary key). */
  to: RelationshipEnd;
  cardinality: Cardinality;
  sources: RelationshipSource[];
  isCrossProject: boolean;
};

export type StarColumn = {
  name: string;
  dataType: string | null;
  description: string;
  isPrimaryKey: boolean;
  isUnique: boolean;
  isForeignKey: boolean;
  /** False for a key column that the project never declared. */
  isDeclared: boolean;
};

export type StarTableRole = "focus" | "joined" | "built_from";

export type StarTable = Omit<StarTableInput, "columns" | "constraints"> & {
  role: StarTableRole;
  primaryKey: string[];
  columns: StarColumn[];
};

export type Star = {
  focus: string;
  /** "star": the product's own joins; "upstream": a one-big-table product's parents and theirs. */
  kind: "star" | "upstream";
  tables: StarTable[];
  relationships: Relationship[];
};
