/**
 * The SQL dialect of a dbt adapter, as the SQL parser names it. An adapter
 * the parser does not know is read as generic SQL, which parses most of what
 * dbt compiles.
 */
const DIALECT_BY_ADAPTER: Record<string, string> = {
  postgres: "postgresql",
  snowflake: "snowflake",
  bigquery: "bigquery",
  redshift: "redshift",
  databricks: "databricks",
  spark: "spark",
  duckdb: "duckdb",
  trino: "trino",
  starburst: "trino",
  athena: "athena",
  sqlserver: "tsql",
  synapse: "tsql",
  fabric: "fabric",
  clickhouse: "clickhouse",
  oracle: "oracle",
  teradata: "teradata",
  exasol: "exasol",
  dremio: "dremio",
  materialize: "materialize",
  singlestore: "singlestore",
  doris: "doris",
  starrocks: "starrocks",
  mysql: "mysql",
  sqlite: "sqlite",
  hive: "hive",
  presto: "presto",
  risingwave: "risingwave",
};

export function toSqlDialect(adapterType: string | null): string {
  if (adapterType === null) return "generic";
  return DIALECT_BY_ADAPTER[adapterType.toLowerCase()] ?? "generic";
}
