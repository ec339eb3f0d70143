import { z } from "zod";
import {
  count,
  describePeriod,
  periodSchema,
  readArray,
  readFilters,
  readRecord,
  text,
} from "./data-common";

const namedSchema = z.union([
  z.string().transform((name) => ({ name, alias: null as string | null })),
  z
    .object({ name: z.string(), alias: text })
    .transform((v) => ({ name: v.name, alias: v.alias ?? null })),
]);

export type MetricData = {
  type: string | null;
  measure: string | null;
  numerator: string | null;
  denominator: string | null;
  expression: string | null;
  inputMetrics: { name: string; alias: string | null }[];
  filters: string[];
  window: string | null;
};

function readName(value: unknown): string | null {
  const parsed = namedSchema.safeParse(value);
  return parsed.success ? parsed.data.name : null;
}

/** A metric's definition: its type and what it is computed from. */
export function readMetricData(data: Record<string, unknown>): MetricData {
  const params = readRecord(data.type_params);
  const window = params.window;
  return {
    type: text.parse(data.type) ?? text.parse(data.calculation_method) ?? null,
    measure: readName(params.measure),
    numerator: readName(params.numerator),
    denominator: readName(params.denominator),
    expression: text.parse(params.expr) ?? text.parse(data.expression) ?? null,
    inputMetrics: readArray(params.metrics, namedSchema),
    filters: readFilters(data.filter ?? data.filters),
    window:
      typeof window === "string"
        ? window
        : (describePeriod(periodSchema.parse(window)) ?? null),
  };
}

const entitySchema = z.object({
  name: z.string(),
  type: text,
  expr: text,
  description: text,
});
const measureSchema = z.object({
  name: z.string(),
  agg: text,
  expr: text,
  description: text,
});
const dimensionSchema = z.object({
  name: z.string(),
  type: text,
  expr: text,
  description: text,
  type_params: z.object({ time_granularity: text }).nullish().catch(null),
});

export type SemanticModelData = {
  model: string | null;
  primaryEntity: string | null;
  entities: {
    name: string;
    type: string | null;
    expr: string | null;
    description: string | null;
  }[];
  measures: {
    name: string;
    agg: string | null;
    expr: string | null;
    description: string | null;
  }[];
  dimensions: {
    name: string;
    type: string | null;
    expr: string | null;
    description: string | null;
    granularity: string | null;
  }[];
};

/** A semantic model's entities, measures and dimensions. */
export function readSemanticModelData(
  data: Record<string, unknown>,
): SemanticModelData {
  return {
    model: text.parse(data.model) ?? null,
    primaryEntity: text.parse(data.primary_entity) ?? null,
    entities: readArray(data.entities, entitySchema).map((e) => ({
      name: e.name,
      type: e.type ?? null,
      expr: e.expr ?? null,
      description: e.description ?? null,
    })),
    measures: readArray(data.measures, measureSchema).map((m) => ({
      name: m.name,
      agg: m.agg ?? null,
      expr: m.expr ?? null,
      description: m.description ?? null,
    })),
    dimensions: readArray(data.dimensions, dimensionSchema).map((d) => ({
      name: d.name,
      type: d.type ?? null,
      expr: d.expr ?? null,
      description: d.description ?? null,
      granularity: d.type_params?.time_granularity ?? null,
    })),
  };
}

const exportSchema = z.object({
  name: z.string(),
  config: z
    .object({ export_as: text, schema_name: text, alias: text, database: text })
    .nullish()
    .catch(null),
});

export type SavedQueryData = {
  metrics: string[];
  groupBy: string[];
  where: string[];
  orderBy: string[];
  limit: number | null;
  exports: { name: string; exportAs: string | null; relation: string | null }[];
};

/** A saved query's metrics, grouping, filters and the tables it exports to. */
export function readSavedQueryData(
  data: Record<string, unknown>,
): SavedQueryData {
  const params = readRecord(data.query_params);
  return {
    metrics: readArray(params.metrics, z.string()),
    groupBy: readArray(params.group_by, z.string()),
    where: readFilters(params.where),
    orderBy: readArray(params.order_by, z.string()),
    limit: count.parse(params.limit) ?? null,
    exports: readArray(data.exports, exportSchema).map((e) => ({
      name: e.name,
      exportAs: e.config?.export_as ?? null,
      relation:
        [e.config?.database, e.config?.schema_name, e.config?.alias ?? e.name]
          .filter(Boolean)
          .join(".") || null,
    })),
  };
}
