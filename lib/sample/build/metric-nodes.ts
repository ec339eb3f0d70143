/**
 * Metrics as the manifest holds them, and the type_params the semantic
 * manifest shares with it.
 */
import type { JsonObject } from "../serialize";
import type { MetricSpec, ProjectSpec, SemanticModelSpec } from "../spec";
import type { NodeContext } from "./node-context";
import { SEMANTIC_FOLDER } from "./semantic-nodes";

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
