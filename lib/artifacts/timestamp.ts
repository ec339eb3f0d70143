/**
 * An artifact timestamp as ISO 8601 (millisecond precision), or null when it
 * is absent or not a date. dbt writes several forms (nanoseconds from Fusion,
 * dates without times, offsets); one form keeps the database from refusing any.
 */
export function toTimestamp(value: string | null | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  if (!Number.isNaN(time)) return new Date(time).toISOString();
  // Fractions finer than milliseconds defeat Date.parse on some inputs.
  const trimmed = value.replace(/(\.\d{3})\d+/, "$1");
  const retried = Date.parse(trimmed);
  return Number.isNaN(retried) ? null : new Date(retried).toISOString();
}
