import "server-only";
import { readStoredDetailsOf } from "@/lib/artifacts/details/stored";
import { toNodeKey } from "@/lib/mesh/lineage/graph";
import { readEntities } from "@/lib/mesh/star/entities";
import type {
  EntityInput,
  StarColumnInput,
  StarTableInput,
  StarTestInput,
  TestParent,
} from "@/lib/mesh/star/types";
import type { NodeRow } from "./lineage-nodes";

/* Rows of the star-schema statements, and their mapping to the pure inputs. */

export type ParentRow = {
  of_id: string;
  id: string | null;
  project: string;
  unique_id: string;
  name: string;
  resource_type: string;
  version: string | null;
};

export type TestRow = {
  id: string;
  key: string;
  test_name: string | null;
  test_namespace: string | null;
  kwargs: Record<string, unknown>;
  column_name: string | null;
  attached_id: string | null;
};

export type SemanticRow = {
  id: string;
  key: string;
  project: string;
  name: string;
  details: unknown;
  table_id: string | null;
};

export type TableRow = NodeRow & {
  relation_name: string | null;
  constraints: unknown;
};

export type ColumnRow = {
  node_id: string;
  name: string;
  data_type: string | null;
  description: string;
  constraints: unknown;
};

/**
 * Semantic models on the core tables, and those of the same project sharing
 * an entity name with them (the only ones that can join them).
 */
export function selectEntityPartners(
  rows: SemanticRow[],
  core: ReadonlySet<string>,
): SemanticRow[] {
  const entityIds = (r: SemanticRow) =>
    readSemanticEntities(r).map(
      (e) => `${r.project}\u0000${e.name.toLowerCase()}`,
    );
  const own = rows.filter((r) => r.table_id !== null && core.has(r.table_id));
  const names = new Set(own.flatMap(entityIds));
  return rows.filter(
    (r) => own.includes(r) || entityIds(r).some((id) => names.has(id)),
  );
}

/** The joinable entities of a semantic model row, from its stored details. */
export function readSemanticEntities(row: SemanticRow): EntityInput[] {
  return readEntities(readStoredDetailsOf(row.details, "semantic_model"));
}

export function toTestParent(p: ParentRow): TestParent {
  return {
    key: toNodeKey(p.project, p.unique_id),
    uniqueId: p.unique_id,
    name: p.name,
    resourceType: p.resource_type,
  };
}

export function toTestInput(
  row: TestRow,
  keyOfId: ReadonlyMap<string, string>,
  parentsOf: ReadonlyMap<string, ParentRow[]>,
): StarTestInput {
  return {
    key: row.key,
    testName: row.test_name,
    namespace: row.test_namespace,
    kwargs: row.kwargs,
    columnName: row.column_name,
    attachedKey: row.attached_id
      ? (keyOfId.get(row.attached_id) ?? null)
      : null,
    parents: (parentsOf.get(row.id) ?? []).map(toTestParent),
  };
}

export function toStarTable(
  row: TableRow,
  columns: ColumnRow[],
): StarTableInput {
  return {
    key: toNodeKey(row.project, row.unique_id),
    uniqueId: row.unique_id,
    project: row.project,
    name: row.name,
    resourceType: row.resource_type,
    access: row.access,
    version: row.version,
    relationName: row.relation_name,
    isExternal: false,
    columns: columns.map((c): StarColumnInput => ({
      name: c.name,
      dataType: c.data_type,
      description: c.description,
      constraints: asArray(c.constraints),
    })),
    constraints: asArray(row.constraints),
  };
}

/** A table known only from an unresolved reference: a name, no columns. */
export function toExternalTable(p: ParentRow): StarTableInput {
  return {
    key: toNodeKey(p.project, p.unique_id),
    uniqueId: p.unique_id,
    project: p.project,
    name: p.name,
    resourceType: p.resource_type,
    access: null,
    version: p.version,
    relationName: null,
    isExternal: true,
    columns: [],
    constraints: [],
  };
}

/** Groups rows by a key, keeping their order. */
export function groupRows<T>(
  rows: T[],
  key: (row: T) => string,
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(key(row));
    if (list) list.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? (value as unknown[]) : [];
}
