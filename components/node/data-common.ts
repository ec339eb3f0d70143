import { z } from "zod";

// The type-specific fields of a node arrive as stored from the manifest,
// whatever its schema version. Each reader takes only the fields a page
// shows and turns anything unexpected into "absent" instead of failing.

export const text = z.string().nullish().catch(null);
export const count = z.number().nullish().catch(null);

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

export const periodSchema = z
  .object({ count: z.number().nullish(), period: z.string().nullish() })
  .nullish()
  .catch(null);

/** `{count: 6, period: "hour"}` → "6 hours". */
export function describePeriod(
  period: z.infer<typeof periodSchema>,
): string | null {
  if (!period?.count || !period.period) return null;
  const unit = period.period.replace(/s$/, "");
  return `${period.count} ${unit}${period.count === 1 ? "" : "s"}`;
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
