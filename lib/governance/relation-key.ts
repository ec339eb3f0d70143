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

/**
 * toRelationKey of the node aliased `alias` in SQL (`nodes` columns; the
 * identifier is the alias, else the name). The expression index
 * `nodes_relation_key_idx` is built on this exact text for `nodes`.
 */
export function relationKeySql(alias: string): string {
  return `(lower(coalesce(${alias}.database_name, '')) || '.' || lower(coalesce(${alias}.schema_name, '')) || '.' || lower(coalesce(${alias}.alias, ${alias}.name)))`;
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
