/**
 * A project uploaded with its manifest alone: one data product with no SLA
 * of its own, built from a source whose freshness criteria set one, and no
 * sources.json, so its freshness was never checked.
 */

export const TRUST_PROJECT = "trust_lab";

const SOURCE_ID = `source.${TRUST_PROJECT}.shop.orders_raw`;
const MODEL_ID = `model.${TRUST_PROJECT}.orders`;

/** The manifest (dbt 1.10, schema v12) as JSON text. */
export function buildTrustManifest(): string {
  const model = {
    unique_id: MODEL_ID,
    resource_type: "model",
    name: "orders",
    package_name: TRUST_PROJECT,
    path: "marts/orders.sql",
    original_file_path: "models/marts/orders.sql",
    fqn: [TRUST_PROJECT, "marts", "orders"],
    description: "Every order placed in the shop.",
    access: "public",
    database: "analytics",
    schema: "marts",
    alias: "orders",
    relation_name: "analytics.marts.orders",
    tags: [],
    meta: {},
    config: { materialized: "table" },
    contract: { enforced: false },
    raw_code: "select * from {{ source('shop', 'orders_raw') }}",
    language: "sql",
    columns: {},
    depends_on: { nodes: [SOURCE_ID], macros: [] },
    refs: [],
    checksum: { name: "sha256", checksum: "1" },
    docs: { show: true },
  };
  const source = {
    unique_id: SOURCE_ID,
    resource_type: "source",
    name: "orders_raw",
    source_name: "shop",
    package_name: TRUST_PROJECT,
    path: "models/sources.yml",
    original_file_path: "models/sources.yml",
    fqn: [TRUST_PROJECT, "shop", "orders_raw"],
    description: "Orders as the shop's database writes them.",
    source_description: "",
    loader: "fivetran",
    identifier: "orders",
    database: "raw",
    schema: "shop",
    relation_name: "raw.shop.orders",
    freshness: {
      warn_after: { count: 6, period: "hour" },
      error_after: { count: 1, period: "day" },
    },
    loaded_at_field: "_loaded_at",
    columns: {},
    meta: {},
    tags: [],
    config: {},
  };
  return JSON.stringify({
    metadata: {
      dbt_schema_version: "https://schemas.getdbt.com/dbt/manifest/v12.json",
      dbt_version: "1.10.0",
      generated_at: "2026-11-01T06:00:00Z",
      invocation_id: "00000000-0000-0000-0000-000000000001",
      project_name: TRUST_PROJECT,
      adapter_type: "postgres",
    },
    nodes: { [MODEL_ID]: model },
    sources: { [SOURCE_ID]: source },
    exposures: {},
    metrics: {},
    groups: {},
    docs: {},
    macros: {},
    disabled: {},
  });
}
