/**
 * semantic_manifest.json: dbt-semantic-interfaces' PydanticSemanticManifest,
 * derived from the same specs as the manifest's semantic models and metrics.
 */
import type { JsonObject } from "../serialize";
import type { ProjectSpec } from "../spec";
import { buildMetricTypeParams, whereFilter } from "./metric-nodes";
import type { ProjectIndex } from "./resolve";
import { pickEntry } from "./resolve";

const ELEMENT_CONFIG = { meta: {} };

export function buildSemanticManifest(
  spec: ProjectSpec,
  index: ProjectIndex,
): JsonObject {
  const relationOf = (name: string): JsonObject => {
    const entry = pickEntry(index, { name });
    if (!entry)
      throw new Error(`${spec.name}: semantic model on unknown model ${name}`);
    return {
      alias: entry.alias,
      schema_name: entry.schema,
      database: entry.database,
      relation_name: entry.relationName ?? "",
    };
  };
  const semanticModels = spec.semanticModels.map((model) => ({
    name: model.name,
    defaults: model.aggTimeDimension
      ? { agg_time_dimension: model.aggTimeDimension }
      : null,
    description: model.description,
    node_relation: relationOf(model.model),
    primary_entity: null,
    entities: model.entities.map((e) => ({
      name: e.name,
      description: null,
      type: e.type,
      role: null,
      expr: e.expr ?? null,
      metadata: null,
      label: null,
      config: ELEMENT_CONFIG,
    })),
    measures: model.measures.map((m) => ({
      name: m.name,
      agg: m.agg,
      description: m.description ?? null,
      create_metric: false,
      expr: m.expr ?? null,
      agg_params: null,
      metadata: null,
      non_additive_dimension: null,
      agg_time_dimension: null,
      label: null,
      config: ELEMENT_CONFIG,
    })),
    dimensions: model.dimensions.map((d) => ({
      name: d.name,
      description: d.description ?? null,
      type: d.type,
      is_partition: false,
      type_params:
        d.type === "time"
          ? { time_granularity: "day", validity_params: null }
          : null,
      expr: d.expr ?? null,
      metadata: null,
      label: null,
      config: ELEMENT_CONFIG,
    })),
    label: null,
    metadata: null,
    config: ELEMENT_CONFIG,
  }));
  const metrics = spec.metrics.map((metric) => ({
    name: metric.name,
    description: metric.description,
    type: metric.type,
    type_params: buildMetricTypeParams(metric, spec.metrics),
    filter: metric.type === "simple" ? whereFilter(metric.filter) : null,
    metadata: null,
    label: metric.label,
    config: ELEMENT_CONFIG,
    time_granularity: null,
  }));
  const savedQueries = spec.savedQueries.map((query) => ({
    name: query.name,
    query_params: {
      metrics: query.metrics,
      group_by: query.groupBy,
      where: query.where
        ? { where_filters: query.where.map((w) => ({ where_sql_template: w })) }
        : null,
      order_by: [],
      limit: null,
    },
    description: query.description,
    metadata: null,
    label: query.label,
    exports: [
      {
        name: query.name,
        config: {
          export_as: query.exportAs,
          schema_name: `${spec.targetSchema}_exports`,
          alias: query.name,
          database: spec.database,
        },
      },
    ],
    tags: [],
  }));
  const timeSpines = spec.models
    .filter((model) => model.timeSpine)
    .map((model) => ({
      node_relation: relationOf(model.name),
      primary_column: {
        name: model.timeSpine?.standardGranularityColumn ?? "date_day",
        time_granularity: "day",
      },
      custom_granularities: [],
    }));
  return {
    semantic_models: semanticModels,
    metrics,
    project_configuration: {
      time_spine_table_configurations: [],
      metadata: null,
      dsi_package_version: {
        major_version: "0",
        minor_version: "9",
        patch_version: "0",
      },
      time_spines: timeSpines,
    },
    saved_queries: savedQueries,
  };
}
