/**
 * Upstream public models as dbt-loom injects them into a consumer's
 * manifest: a ModelNode built from ModelNodeArgs, with empty path and
 * original_file_path, no code, default config, and (dbt-loom's quirk)
 * versions turned into strings.
 */
import { sha256 } from "../hash";
import type { JsonObject } from "../serialize";
import { formatOffset } from "../time";
import type { Instant } from "../time";
import { NODE_DOCS } from "./node-context";
import type { RelationEntry } from "./resolve";

export type InjectedModel = {
  entry: RelationEntry;
  deprecationDate: string | null;
  /** The producer's parents of this model, sources left out as dbt-loom does. */
  dependsOn: string[];
};

function defaultModelConfig(): JsonObject {
  return {
    enabled: true,
    alias: null,
    schema: null,
    database: null,
    tags: [],
    meta: {},
    group: null,
    materialized: "view",
    incremental_strategy: null,
    batch_size: null,
    lookback: 1,
    begin: null,
    persist_docs: {},
    "post-hook": [],
    "pre-hook": [],
    quoting: {},
    column_types: {},
    full_refresh: null,
    unique_key: null,
    on_schema_change: "ignore",
    on_configuration_change: "apply",
    grants: {},
    packages: [],
    docs: NODE_DOCS,
    contract: { enforced: false, alias_types: true },
    event_time: null,
    concurrent_batches: null,
    access: "protected",
    freshness: null,
  };
}

export function buildInjectedNode(
  model: InjectedModel,
  parsedAt: Instant,
  createdAt: number,
): JsonObject {
  const { entry } = model;
  const version = entry.version === null ? null : String(entry.version);
  const latestVersion =
    entry.latestVersion === null ? null : String(entry.latestVersion);
  return {
    database: entry.database,
    schema: entry.schema,
    name: entry.name,
    resource_type: "model",
    package_name: entry.project,
    path: "",
    original_file_path: "",
    unique_id: entry.uniqueId,
    fqn: [
      entry.project,
      entry.name,
      ...(version === null ? [] : [`v${version}`]),
    ],
    alias: entry.alias,
    checksum: {
      name: "sha256",
      checksum: sha256(`${entry.uniqueId},${formatOffset(parsedAt)}`),
    },
    config: defaultModelConfig(),
    tags: [],
    description: "",
    columns: {},
    meta: {},
    group: null,
    docs: NODE_DOCS,
    patch_path: null,
    build_path: null,
    unrendered_config: {
      alias: entry.alias,
      schema: entry.schema,
      database: entry.database,
    },
    created_at: createdAt,
    relation_name: entry.relationName,
    raw_code: "",
    doc_blocks: [],
    language: "sql",
    refs: [],
    sources: [],
    metrics: [],
    depends_on: { macros: [], nodes: model.dependsOn },
    compiled_path: null,
    contract: { enforced: false, alias_types: true, checksum: null },
    access: "public",
    constraints: [],
    version,
    latest_version: latestVersion,
    deprecation_date: model.deprecationDate,
    primary_key: [],
    time_spine: null,
  };
}
