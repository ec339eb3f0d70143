/**
 * A model node exactly as dbt 1.10 serializes it after `dbt build`.
 */
import { sha256 } from "../hash";
import type { JsonObject, JsonValue } from "../serialize";
import type { ModelConstraint, ModelSpec, RefTarget } from "../spec";
import { DAY, formatMidnightOffset } from "../time";
import { buildColumns } from "./columns";
import { compileSql, parseSql } from "./jinja";
import type { NodeContext } from "./node-context";
import { NODE_DOCS, modelsYmlPath, toRefArgs, unique } from "./node-context";
import { customSchemaOf, pickEntry } from "./resolve";
import { toContractType } from "./warehouse";

function buildModelConstraint(
  constraint: ModelConstraint,
  context: NodeContext,
): JsonObject {
  return {
    type: constraint.type,
    name: constraint.name ?? null,
    expression: constraint.expression ?? null,
    warn_unenforced: false,
    warn_unsupported: true,
    to: constraint.to ? context.resolver.ref(constraint.to).relationName : null,
    to_columns: constraint.toColumns ?? [],
    columns: constraint.columns,
  };
}

function foreignKeyTargets(model: ModelSpec): RefTarget[] {
  const fromColumns = model.columns.flatMap((column) =>
    (column.constraints ?? []).flatMap((c) =>
      c.type === "foreign_key" ? [c.to] : [],
    ),
  );
  const fromModel = (model.constraints ?? []).flatMap((c) =>
    c.to ? [c.to] : [],
  );
  return [...fromColumns, ...fromModel];
}

/** dbt's inference: a primary_key constraint, else columns tested unique and not_null. */
function inferPrimaryKey(model: ModelSpec): string[] {
  const modelLevel = model.constraints?.find((c) => c.type === "primary_key");
  if (modelLevel) return modelLevel.columns;
  const constrained = model.columns.filter((c) =>
    c.constraints?.some((k) => k.type === "primary_key"),
  );
  if (constrained.length > 0) return constrained.map((c) => c.name);
  const has = (kind: string) => (c: ModelSpec["columns"][number]) =>
    c.tests?.some((t) => t.kind === kind);
  return model.columns
    .filter((c) => has("unique")(c) && has("not_null")(c))
    .map((c) => c.name);
}

function buildUnrenderedConfig(model: ModelSpec): JsonObject {
  const config: JsonObject = {
    schema: customSchemaOf(model.folder),
    materialized: model.materialized,
  };
  if (model.access !== "protected") config.access = model.access;
  if (model.group) config.group = model.group;
  if (model.hasContract) config.contract = { enforced: true };
  if (model.tags?.length) config.tags = model.tags;
  if (model.meta) config.meta = model.meta;
  if (model.grants) config.grants = model.grants;
  if (model.uniqueKey) config.unique_key = model.uniqueKey;
  if (model.incrementalStrategy)
    config.incremental_strategy = model.incrementalStrategy;
  if (model.persistDocs)
    config.persist_docs = { relation: true, columns: true };
  return config;
}

function contractChecksum(model: ModelSpec): string {
  const state = [...model.columns]
    .filter((c) => !c.isUndeclared)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map(
      (c) =>
        `|${c.name}${toContractType(c.type)}${JSON.stringify(c.constraints ?? [])}`,
    )
    .join("");
  return sha256(
    `${state}${model.materialized}${JSON.stringify(model.constraints ?? [])}`,
  );
}

export function buildModelNode(
  model: ModelSpec,
  context: NodeContext,
): JsonObject {
  const { spec, resolver } = context;
  const project = spec.name;
  const entry = pickEntry(context.index, {
    name: model.name,
    version: model.version,
  });
  if (!entry)
    throw new Error(`${project}: model ${model.name} missing from its index`);
  const parsed = parseSql(model.sql, project);
  const refTargets = [...parsed.refs, ...foreignKeyTargets(model)];
  const compiled = compileSql(model.sql, {
    resolver,
    thisRelation: entry.relationName,
    compileEphemeral: (target) => context.compileEphemeral(target.uniqueId),
  });
  const path = `${model.folder}/${entry.alias}.sql`;
  const description = context.docs.render(model.description);
  const meta: Record<string, JsonValue> = model.meta ?? {};
  const tags = model.tags ?? [];
  const hasContract = model.hasContract ?? false;
  const deprecationDate =
    model.deprecationInDays === undefined
      ? null
      : formatMidnightOffset(context.now + model.deprecationInDays * DAY);
  return {
    database: entry.database,
    schema: entry.schema,
    name: model.name,
    resource_type: "model",
    package_name: project,
    path,
    original_file_path: `models/${path}`,
    unique_id: entry.uniqueId,
    fqn: [
      project,
      ...model.folder.split("/"),
      model.name,
      ...(model.version ? [`v${model.version}`] : []),
    ],
    alias: entry.alias,
    checksum: { name: "sha256", checksum: sha256(model.sql) },
    config: {
      enabled: true,
      alias: null,
      schema: customSchemaOf(model.folder),
      database: null,
      tags,
      meta,
      group: model.group ?? null,
      materialized: model.materialized,
      incremental_strategy: model.incrementalStrategy ?? null,
      batch_size: null,
      lookback: 1,
      begin: null,
      persist_docs: model.persistDocs ? { relation: true, columns: true } : {},
      "post-hook": [],
      "pre-hook": [],
      quoting: {},
      column_types: {},
      full_refresh: null,
      unique_key: model.uniqueKey ?? null,
      on_schema_change:
        model.materialized === "incremental" ? "append_new_columns" : "ignore",
      on_configuration_change: "apply",
      grants: model.grants ?? {},
      packages: [],
      docs: NODE_DOCS,
      contract: { enforced: hasContract, alias_types: true },
      event_time: null,
      concurrent_batches: null,
      access: model.access,
      freshness: null,
    },
    tags,
    description: description.text,
    columns: buildColumns(model.columns, {
      hasContract,
      docs: context.docs,
      resolver,
    }),
    meta,
    group: model.group ?? null,
    docs: NODE_DOCS,
    patch_path: `${project}://${modelsYmlPath(model.folder)}`,
    build_path: null,
    unrendered_config: buildUnrenderedConfig(model),
    created_at: context.nextCreatedAt(),
    relation_name: entry.relationName,
    raw_code: model.sql,
    doc_blocks: description.docBlocks,
    language: "sql",
    refs: refTargets.map(toRefArgs),
    sources: parsed.sources,
    metrics: [],
    depends_on: {
      macros: parsed.macros,
      nodes: unique([
        ...refTargets.map((target) => resolver.ref(target).uniqueId),
        ...parsed.sources.map(
          ([source, table]) => resolver.source(source, table).uniqueId,
        ),
      ]),
    },
    compiled_path: `target/compiled/${project}/models/${path}`,
    compiled: true,
    compiled_code: compiled.code,
    extra_ctes_injected: true,
    extra_ctes: compiled.ctes,
    contract: {
      enforced: hasContract,
      alias_types: true,
      checksum: hasContract ? contractChecksum(model) : null,
    },
    access: model.access,
    constraints: (model.constraints ?? []).map((c) =>
      buildModelConstraint(c, context),
    ),
    version: model.version ?? null,
    latest_version: model.latestVersion ?? null,
    deprecation_date: deprecationDate,
    primary_key: inferPrimaryKey(model),
    time_spine: model.timeSpine
      ? {
          standard_granularity_column:
            model.timeSpine.standardGranularityColumn,
          custom_granularities: [],
        }
      : null,
  };
}
