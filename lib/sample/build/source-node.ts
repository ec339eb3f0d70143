/**
 * Source definitions with their freshness criteria, as dbt 1.10 writes them.
 */
import type { JsonObject } from "../serialize";
import type { FreshnessSpec, SourceSpec, SourceTableSpec } from "../spec";
import { buildColumns } from "./columns";
import type { NodeContext } from "./node-context";
import { formatRelationName } from "./warehouse";

/** The criteria a table is checked against: its own, else its source's. */
export function effectiveFreshness(
  source: SourceSpec,
  table: SourceTableSpec,
): FreshnessSpec | null {
  if (table.freshness === null) return null;
  return table.freshness ?? source.freshness ?? null;
}

/** The `criteria` object of freshness results and the manifest's `freshness`. */
export function buildFreshness(freshness: FreshnessSpec | null): JsonObject {
  return {
    warn_after: {
      count: freshness?.warnAfter?.count ?? null,
      period: freshness?.warnAfter?.period ?? null,
    },
    error_after: {
      count: freshness?.errorAfter?.count ?? null,
      period: freshness?.errorAfter?.period ?? null,
    },
    filter: freshness?.filter ?? null,
  };
}

export function sourcesYmlPath(source: SourceSpec): string {
  return `models/${source.folder}/_${source.name}__sources.yml`;
}

export function buildSourceNode(
  source: SourceSpec,
  table: SourceTableSpec,
  context: NodeContext,
): JsonObject {
  const project = context.spec.name;
  const path = sourcesYmlPath(source);
  const freshness = buildFreshness(effectiveFreshness(source, table));
  const loadedAtField = source.loadedAtField ?? null;
  const meta = { ...(source.meta ?? {}), ...(table.meta ?? {}) };
  const tags = [...(source.tags ?? []), ...(table.tags ?? [])];
  const description = context.docs.render(table.description ?? "");
  const unrendered: JsonObject = {
    loaded_at_field: loadedAtField,
    loaded_at_query: null,
    meta,
    tags,
  };
  if (source.freshness || table.freshness) unrendered.freshness = freshness;
  return {
    database: source.database,
    schema: source.schema,
    name: table.name,
    resource_type: "source",
    package_name: project,
    path,
    original_file_path: path,
    unique_id: `source.${project}.${source.name}.${table.name}`,
    fqn: [project, ...source.folder.split("/"), source.name, table.name],
    source_name: source.name,
    source_description: source.description,
    loader: source.loader,
    identifier: table.identifier ?? table.name,
    quoting: { database: null, schema: null, identifier: null, column: null },
    loaded_at_field: loadedAtField,
    loaded_at_query: null,
    freshness,
    external: null,
    description: description.text,
    columns: buildColumns(table.columns, {
      hasContract: false,
      docs: context.docs,
      resolver: context.resolver,
    }),
    meta,
    source_meta: source.meta ?? {},
    tags,
    config: {
      enabled: true,
      event_time: null,
      freshness,
      loaded_at_field: loadedAtField,
      loaded_at_query: null,
      meta,
      tags,
    },
    patch_path: null,
    unrendered_config: unrendered,
    relation_name: formatRelationName(
      source.database,
      source.schema,
      table.identifier ?? table.name,
    ),
    created_at: context.nextCreatedAt(),
    unrendered_database: source.database,
    unrendered_schema: source.schema,
    doc_blocks: description.docBlocks,
  };
}
