/**
 * Shorthands for the column lists of the sample projects.
 */
import type { ColumnSpec, ColumnType, RefTarget } from "../spec";

type Extra = Omit<ColumnSpec, "name" | "type" | "description">;

export function column(
  name: string,
  type: ColumnType,
  description?: string,
  extra: Extra = {},
): ColumnSpec {
  return {
    name,
    type,
    ...(description === undefined ? {} : { description }),
    ...extra,
  };
}

/** A primary key: tested unique and not null, constrained when the model has a contract. */
export function primaryKey(
  name: string,
  description: string,
  options: { hasContract?: boolean; doc?: string } = {},
): ColumnSpec {
  return {
    name,
    type: "id",
    description,
    ...(options.doc ? { doc: options.doc } : {}),
    tests: [{ kind: "unique" }, { kind: "not_null" }],
    ...(options.hasContract
      ? { constraints: [{ type: "not_null" }, { type: "primary_key" }] }
      : {}),
  };
}

/** A foreign key tested against its parent; constrained too when the parent is in the same project. */
export function foreignKey(
  name: string,
  description: string,
  to: RefTarget,
  options: {
    field?: string;
    hasConstraint?: boolean;
    failures?: number;
    doc?: string;
  } = {},
): ColumnSpec {
  const field = options.field ?? name;
  return {
    name,
    type: "id",
    description,
    ...(options.doc ? { doc: options.doc } : {}),
    tests: [
      { kind: "not_null" },
      {
        kind: "relationships",
        to,
        field,
        ...(options.failures ? { failures: options.failures } : {}),
      },
    ],
    ...(options.hasConstraint
      ? {
          constraints: [
            { type: "not_null" },
            { type: "foreign_key", to, toColumn: field },
          ],
        }
      : {}),
  };
}

/** A loader's bookkeeping column: in the warehouse, never documented. */
export function loaderColumn(name = "_fivetran_synced"): ColumnSpec {
  return { name, type: "timestamp", isUndeclared: true };
}
