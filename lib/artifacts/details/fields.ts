import { z } from "zod";
import type { Period } from "../node-details";

// The type-specific fields of a manifest node vary across schema versions
// and tools (dbt Core, Fusion, MetricFlow's semantic_manifest.json). Each
// reader takes only what the catalog shows and turns anything unexpected
// into "absent" instead of refusing the manifest.

/** A text field, or null when absent, empty or not text. */
export function readText(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value : null;
}

/** A finite number, or null. */
export function readCount(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/** The items of a JSON array that match the schema; anything else is skipped. */
export function readArray<T>(value: unknown, schema: z.ZodType<T>): T[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const parsed = schema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

/** A JSON object field as a record; anything else as an empty one. */
export function readRecord(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/**
 * A dbt duration: `{count, period}` (freshness) or `{count, granularity}`
 * (a v12 metric window); null when either part is missing, as in the
 * `{count: null, period: null}` dbt writes for "no threshold".
 */
export function readPeriod(value: unknown): Period | null {
  const record = readRecord(value);
  const count = readCount(record.count);
  const period = readText(record.period) ?? readText(record.granularity);
  return count !== null && count > 0 && period !== null
    ? { count, period: period.toLowerCase() }
    : null;
}

const whereSchema = z.object({ where_sql_template: z.string() });
const legacyFilterSchema = z.object({
  field: z.string(),
  operator: z.string(),
  value: z.string(),
});

/** Metric and saved-query filters: the v12 `where_filters` templates, older field filters, or plain text. */
export function readFilters(value: unknown): string[] {
  if (typeof value === "string") return value.trim() ? [value] : [];
  if (Array.isArray(value)) {
    return value.flatMap((item) => {
      if (typeof item === "string") return [item];
      const legacy = legacyFilterSchema.safeParse(item);
      if (legacy.success)
        return [
          `${legacy.data.field} ${legacy.data.operator} ${legacy.data.value}`,
        ];
      return readFilters(item);
    });
  }
  if (typeof value === "object" && value !== null && "where_filters" in value)
    return readArray(value.where_filters, whereSchema).map(
      (w) => w.where_sql_template,
    );
  return [];
}

/** Lower case, so that `PRIMARY` (MetricFlow) and `primary` (dbt) are one value. */
export function readEnum(value: unknown): string | null {
  return readText(value)?.toLowerCase() ?? null;
}
