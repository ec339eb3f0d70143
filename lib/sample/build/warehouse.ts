/**
 * The sample mesh runs on Snowflake: unquoted lowercase relation names in
 * the manifest, uppercase identifiers and type names in the catalog.
 */
import type { ColumnType } from "../spec";

export const ADAPTER_TYPE = "snowflake";
export const DBT_VERSION = "1.10.13";
export const RAW_DATABASE = "raw";

/** The `data_type` a contract declares in YAML. */
const CONTRACT_TYPES: Record<ColumnType, string> = {
  id: "varchar",
  text: "varchar",
  integer: "number(38,0)",
  money: "number(18,2)",
  float: "float",
  boolean: "boolean",
  date: "date",
  timestamp: "timestamp_ntz",
  json: "variant",
};

/** The type Snowflake's information_schema reports, as catalog.json holds it. */
const CATALOG_TYPES: Record<ColumnType, string> = {
  id: "TEXT",
  text: "TEXT",
  integer: "NUMBER",
  money: "NUMBER",
  float: "FLOAT",
  boolean: "BOOLEAN",
  date: "DATE",
  timestamp: "TIMESTAMP_NTZ",
  json: "VARIANT",
};

export function toContractType(type: ColumnType): string {
  return CONTRACT_TYPES[type];
}

export function toCatalogType(type: ColumnType): string {
  return CATALOG_TYPES[type];
}

/** `database.schema.identifier`, unquoted as dbt-snowflake renders it. */
export function formatRelationName(
  database: string,
  schema: string,
  identifier: string,
): string {
  return `${database}.${schema}.${identifier}`;
}

/** dbt's default generate_schema_name: `<target>_<custom>` when a custom schema is set. */
export function generateSchemaName(
  targetSchema: string,
  customSchema: string | null,
): string {
  return customSchema ? `${targetSchema}_${customSchema}` : targetSchema;
}
