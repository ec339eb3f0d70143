/**
 * Seed and snapshot nodes as dbt 1.10 writes them (snapshots defined in
 * YAML, the 1.9+ way).
 */
import { sha256 } from "../hash";
import type { JsonObject, JsonValue } from "../serialize";
import type { SeedSpec, SnapshotSpec } from "../spec";
import { buildColumns } from "./columns";
import { compileSql, parseSql } from "./jinja";
import type { NodeContext } from "./node-context";
import { NODE_DOCS, toRefArgs, unique } from "./node-context";
import { pickEntry } from "./resolve";

/** Where the CI runner checks the monorepo out; seeds record it as `root_path`. */
export const CI_ROOT = "/home/runner/work/analytics-mesh/analytics-mesh";

function sharedConfig(
  materialized: string,
  schema: string,
  meta: Record<string, JsonValue>,
  tags: string[],
): JsonObject {
  return {
    enabled: true,
    alias: null,
    schema,
    database: null,
    tags,
    meta,
    group: null,
    materialized,
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
  };
}

function entryFor(context: NodeContext, name: string) {
  const entry = pickEntry(context.index, { name });
  if (!entry)
    throw new Error(`${context.spec.name}: ${name} missing from its index`);
  return entry;
}

export function buildSeedNode(
  seed: SeedSpec,
  context: NodeContext,
): JsonObject {
  const project = context.spec.name;
  const entry = entryFor(context, seed.name);
  const meta = seed.meta ?? {};
  const tags = seed.tags ?? [];
  const description = context.docs.render(seed.description);
  return {
    database: entry.database,
    schema: entry.schema,
    name: seed.name,
    resource_type: "seed",
    package_name: project,
    path: `${seed.name}.csv`,
    original_file_path: `seeds/${seed.name}.csv`,
    unique_id: entry.uniqueId,
    fqn: [project, seed.name],
    alias: seed.name,
    checksum: { name: "sha256", checksum: sha256(seed.csv) },
    config: {
      ...sharedConfig("seed", "seeds", meta, tags),
      delimiter: ",",
      quote_columns: null,
    },
    tags,
    description: description.text,
    columns: buildColumns(seed.columns, {
      hasContract: false,
      docs: context.docs,
      resolver: context.resolver,
    }),
    meta,
    group: null,
    docs: NODE_DOCS,
    patch_path: `${project}://seeds/_seeds.yml`,
    build_path: null,
    unrendered_config: { schema: "seeds" },
    created_at: context.nextCreatedAt(),
    relation_name: entry.relationName,
    raw_code: "",
    doc_blocks: description.docBlocks,
    root_path: `${CI_ROOT}/${project}`,
    depends_on: { macros: [] },
  };
}

export function buildSnapshotNode(
  snapshot: SnapshotSpec,
  context: NodeContext,
): JsonObject {
  const project = context.spec.name;
  const entry = entryFor(context, snapshot.name);
  const meta = snapshot.meta ?? {};
  const tags = snapshot.tags ?? [];
  const parsed = parseSql(snapshot.sql, project);
  const compiled = compileSql(snapshot.sql, {
    resolver: context.resolver,
    thisRelation: entry.relationName,
    compileEphemeral: (target) => context.compileEphemeral(target.uniqueId),
  });
  const ymlPath = `snapshots/${snapshot.name}.yml`;
  const description = context.docs.render(snapshot.description);
  return {
    database: entry.database,
    schema: entry.schema,
    name: snapshot.name,
    resource_type: "snapshot",
    package_name: project,
    path: `${snapshot.name}.sql`,
    original_file_path: ymlPath,
    unique_id: entry.uniqueId,
    fqn: [project, snapshot.name],
    alias: snapshot.name,
    checksum: { name: "sha256", checksum: sha256(snapshot.sql) },
    config: {
      ...sharedConfig("snapshot", "snapshots", meta, tags),
      unique_key: snapshot.uniqueKey,
      strategy: "timestamp",
      target_schema: null,
      target_database: null,
      updated_at: snapshot.updatedAt,
      check_cols: null,
      snapshot_meta_column_names: {
        dbt_valid_to: null,
        dbt_valid_from: null,
        dbt_scd_id: null,
        dbt_updated_at: null,
        dbt_is_deleted: null,
      },
      dbt_valid_to_current: null,
    },
    tags,
    description: description.text,
    columns: buildColumns(snapshot.columns, {
      hasContract: false,
      docs: context.docs,
      resolver: context.resolver,
    }),
    meta,
    group: null,
    docs: NODE_DOCS,
    patch_path: `${project}://${ymlPath}`,
    build_path: null,
    unrendered_config: {
      schema: "snapshots",
      strategy: "timestamp",
      unique_key: snapshot.uniqueKey,
      updated_at: snapshot.updatedAt,
    },
    created_at: context.nextCreatedAt(),
    relation_name: entry.relationName,
    raw_code: snapshot.sql,
    doc_blocks: description.docBlocks,
    language: "sql",
    refs: parsed.refs.map(toRefArgs),
    sources: parsed.sources,
    metrics: [],
    depends_on: {
      macros: parsed.macros,
      nodes: unique([
        ...parsed.refs.map((target) => context.resolver.ref(target).uniqueId),
        ...parsed.sources.map(
          ([source, table]) => context.resolver.source(source, table).uniqueId,
        ),
      ]),
    },
    compiled_path: `target/compiled/${project}/${ymlPath}/${snapshot.name}.sql`,
    compiled: true,
    compiled_code: compiled.code,
    extra_ctes_injected: true,
    extra_ctes: compiled.ctes,
    contract: { enforced: false, alias_types: true, checksum: null },
  };
}
