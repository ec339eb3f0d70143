/**
 * Semantic models, metrics and saved queries as the manifest holds them.
 * The semantic manifest reuses the same specs (see semantic-manifest.ts).
 */
import type { JsonObject } from "../serialize";
import type {
  MetricSpec,
  ProjectSpec,
  SavedQuerySpec,
  SemanticModelSpec,
} from "../spec";
import type { NodeContext } from "./node-context";

export const SEMANTIC_FOLDER = "marts";
const ELEMENT_CONFIG = { meta: {} };

export function measureInput(name: string): JsonObject {
  return {
    name,
    filter: null,
    alias: null,
    join_to_timespine: false,
    fill_nulls_with: null,
  };
}

export function metricInput(name: string, alias?: string): JsonObject {
  return {
    name,
    filter: null,
    alias: alias ?? null,
    offset_window: null,
    offset_to_grain: null,
  };
}

export function whereFilter(sql: string | undefined): JsonObject | null {
  return sql ? { where_filters: [{ where_sql_template: sql }] } : null;
}

/** Measures a metric reads, following ratio and derived metrics down to simple ones. */
export function listInputMeasures(
  metric: MetricSpec,
  all: MetricSpec[],
): string[] {
  const byName = (name: string) => all.find((m) => m.name === name);
  const visit = (current: MetricSpec | undefined): string[] => {
    if (!current) return [];
    switch (current.type) {
      case "simple":
        return [current.measure];
      case "ratio":
        return [
          ...visit(byName(current.numerator)),
          ...visit(byName(current.denominator)),
        ];
      case "derived":
        return current.metrics.flatMap((input) => visit(byName(input.name)));
    }
  };
  return [...new Set(visit(metric))];
}

export function findSemanticModelOfMeasure(
  spec: ProjectSpec,
  measure: string,
): SemanticModelSpec {
  const found = spec.semanticModels.find((sm) =>
    sm.measures.some((m) => m.name === measure),
  );
  if (!found)
    throw new Error(
      `${spec.name}: no semantic model defines measure ${measure}`,
    );
  return found;
}

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
export function buildMetricTypeParams(
  metric: MetricSpec,
  all: MetricSpec[],
): JsonObject {
  return {
    measure: metric.type === "simple" ? measureInput(metric.measure) : null,
    input_measures: listInputMeasures(metric, all).map(measureInput),
    numerator: metric.type === "ratio" ? metricInput(metric.numerator) : null,
    denominator:
      metric.type === "ratio" ? metricInput(metric.denominator) : null,
    expr: metric.type === "derived" ? metric.expr : null,
    window: null,
    grain_to_date: null,
    metrics:
      metric.type === "derived"
        ? metric.metrics.map((m) => metricInput(m.name, m.alias))
        : [],
    conversion_type_params: null,
    cumulative_type_params: null,
    metric_aggregation_params: null,
  };
}

export function buildMetric(
  metric: MetricSpec,
  context: NodeContext,
): JsonObject {
  const { spec } = context;
  const path = `${SEMANTIC_FOLDER}/_metrics.yml`;
  const dependsOn =
    metric.type === "simple"
      ? [
          `semantic_model.${spec.name}.${findSemanticModelOfMeasure(spec, metric.measure).name}`,
        ]
      : (metric.type === "ratio"
          ? [metric.numerator, metric.denominator]
          : metric.metrics.map((m) => m.name)
        ).map((name) => `metric.${spec.name}.${name}`);
  return {
    name: metric.name,
    resource_type: "metric",
    package_name: spec.name,
    path,
    original_file_path: `models/${path}`,
    unique_id: `metric.${spec.name}.${metric.name}`,
    fqn: [spec.name, SEMANTIC_FOLDER, metric.name],
    description: metric.description,
    label: metric.label,
    type: metric.type,
    type_params: buildMetricTypeParams(metric, spec.metrics),
    filter: metric.type === "simple" ? whereFilter(metric.filter) : null,
    metadata: null,
    time_granularity: null,
    meta: {},
    tags: [],
    config: { enabled: true, group: null, meta: {} },
    unrendered_config: {},
    sources: [],
    depends_on: { macros: [], nodes: dependsOn },
    refs: [],
    metrics: [],
    created_at: context.nextCreatedAt(),
    group: null,
  };
}

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
