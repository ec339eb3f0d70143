/**
 * The warehouse relation a model builds or a source reads, as the warehouse
 * compares names: `database.schema.identifier`, case-insensitively (unquoted
 * identifiers fold to one case in every warehouse dbt supports). A missing
 * database (adapters without one) is the empty part.
 */
export function toRelationKey(relation: {
  database: string | null;
  schema: string | null;
  identifier: string;
}): string {
  return [relation.database ?? "", relation.schema ?? "", relation.identifier]
    .map((part) => part.toLowerCase())
    .join(".");
}

/** `analytics.core.orders`, as written (a missing database left out). */
export function formatRelation(relation: {
  database: string | null;
  schema: string | null;
  identifier: string;
}): string {
  return [relation.database, relation.schema, relation.identifier]
    .filter((part): part is string => part !== null && part !== "")
    .join(".");
}
