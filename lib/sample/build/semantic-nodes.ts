/**
 * Semantic models and saved queries as the manifest holds them (metrics
 * are in metric-nodes.ts). The semantic manifest reuses the same specs.
 */
import type { JsonObject } from "../serialize";
import type { SavedQuerySpec, SemanticModelSpec } from "../spec";
import type { NodeContext } from "./node-context";

export const SEMANTIC_FOLDER = "marts";
const ELEMENT_CONFIG = { meta: {} };
export function buildSemanticModel(
  model: SemanticModelSpec,
  context: NodeContext,
): JsonObject {
  const project = context.spec.name;
  const entry = context.resolver.ref({ name: model.model });
  const path = `${SEMANTIC_FOLDER}/_semantic_models.yml`;
  return {
    name: model.name,
    resource_type: "semantic_model",
    package_name: project,
    path,
    original_file_path: `models/${path}`,
    unique_id: `semantic_model.${project}.${model.name}`,
    fqn: [project, SEMANTIC_FOLDER, model.name],
    model: `ref('${model.model}')`,
    node_relation: {
      alias: entry.alias,
      schema_name: entry.schema,
      database: entry.database,
      relation_name: entry.relationName ?? "",
    },
    description: model.description,
    label: null,
    defaults: model.aggTimeDimension
      ? { agg_time_dimension: model.aggTimeDimension }
      : null,
    entities: model.entities.map((entity) => ({
      name: entity.name,
      type: entity.type,
      description: null,
      label: null,
      role: null,
      expr: entity.expr ?? null,
      config: ELEMENT_CONFIG,
    })),
    measures: model.measures.map((measure) => ({
      name: measure.name,
      agg: measure.agg,
      description: measure.description ?? null,
      label: null,
      create_metric: false,
      expr: measure.expr ?? null,
      agg_params: null,
      non_additive_dimension: null,
      agg_time_dimension: null,
      config: ELEMENT_CONFIG,
    })),
    dimensions: model.dimensions.map((dimension) => ({
      name: dimension.name,
      type: dimension.type,
      description: dimension.description ?? null,
      label: null,
      is_partition: false,
      type_params:
        dimension.type === "time"
          ? { time_granularity: "day", validity_params: null }
          : null,
      expr: dimension.expr ?? null,
      metadata: null,
      config: ELEMENT_CONFIG,
    })),
    metadata: null,
    depends_on: { macros: [], nodes: [entry.uniqueId] },
    refs: [{ name: model.model, package: null, version: null }],
    created_at: context.nextCreatedAt(),
    config: { enabled: true, group: null, meta: {} },
    unrendered_config: {},
    primary_entity: null,
    group: null,
  };
}

/** `type_params` shared by the manifest and the semantic manifest. */
export function buildSavedQuery(
  query: SavedQuerySpec,
  context: NodeContext,
): JsonObject {
  const { spec } = context;
  const path = `${SEMANTIC_FOLDER}/_saved_queries.yml`;
  const schema = `${spec.targetSchema}_exports`;
  return {
    name: query.name,
    resource_type: "saved_query",
    package_name: spec.name,
    path,
    original_file_path: `models/${path}`,
    unique_id: `saved_query.${spec.name}.${query.name}`,
    fqn: [spec.name, SEMANTIC_FOLDER, query.name],
    query_params: {
      metrics: query.metrics,
      group_by: query.groupBy,
      where: query.where
        ? { where_filters: query.where.map((w) => ({ where_sql_template: w })) }
        : null,
      order_by: [],
      limit: null,
    },
    exports: [
      {
        name: query.name,
        config: {
          export_as: query.exportAs,
          schema_name: schema,
          alias: query.name,
          database: spec.database,
        },
        unrendered_config: { export_as: query.exportAs, schema: schema },
      },
    ],
    description: query.description,
    label: query.label,
    metadata: null,
    config: {
      enabled: true,
      group: null,
      meta: {},
      export_as: null,
      schema: null,
      cache: { enabled: false },
    },
    unrendered_config: {},
    group: null,
    depends_on: {
      macros: [],
      nodes: query.metrics.map((name) => `metric.${spec.name}.${name}`),
    },
    created_at: context.nextCreatedAt(),
    refs: [],
    tags: [],
  };
}
