import { z } from "zod";
import type { MetricDetails, NamedInput } from "../node-details";
import {
  readArray,
  readFilters,
  readPeriod,
  readRecord,
  readText,
} from "./fields";

/** A measure or metric input: a bare name (before v12) or `{name, alias, ...}`. */
const namedSchema = z.union([
  z.string().transform((name): NamedInput => ({ name, alias: null })),
  z
    .object({ name: z.string(), alias: z.unknown() })
    .transform((v): NamedInput => ({ name: v.name, alias: readText(v.alias) })),
]);

function readName(value: unknown): string | null {
  const parsed = namedSchema.safeParse(value);
  return parsed.success ? parsed.data.name : null;
}

/**
 * A metric's definition: its type and what it is computed from. The window
 * of a cumulative metric sits in `type_params.window` or (dbt 1.9+)
 * `type_params.cumulative_type_params.window`, as `{count, granularity}`,
 * `{count, period}` or a string ("7 days").
 */
export function readMetricDetails(raw: Record<string, unknown>): MetricDetails {
  const params = readRecord(raw.type_params);
  const window =
    readRecord(params.cumulative_type_params).window ?? params.window;
  return {
    metricType: readText(raw.type) ?? readText(raw.calculation_method),
    measure: readName(params.measure),
    numerator: readName(params.numerator),
    denominator: readName(params.denominator),
    expression: readText(params.expr) ?? readText(raw.expression),
    inputMetrics: readArray(params.metrics, namedSchema),
    filters: readFilters(raw.filter ?? raw.filters),
    window: readWindow(window),
  };
}

function readWindow(value: unknown): MetricDetails["window"] {
  if (typeof value !== "string") return readPeriod(value);
  const match = /^\s*(\d+)\s+([a-z_]+?)s?\s*$/i.exec(value);
  return match?.[1] && match[2]
    ? { count: Number(match[1]), period: match[2].toLowerCase() }
    : null;
}
