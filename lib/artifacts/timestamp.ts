/** Postgres timestamps span years 4713 BC to 294276 AD; ISO text past year 9999 needs a sign it refuses. */
const MAX_TIME = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
const MIN_TIME = Date.UTC(1, 0, 1);

/**
 * An artifact timestamp as ISO 8601 (millisecond precision), or null when it
 * is absent or not a storable date. dbt writes several forms (nanoseconds from
 * Fusion, dates without times, offsets); one form keeps the database from
 * refusing any.
 */
export function toTimestamp(value: string | null | undefined): string | null {
  if (!value) return null;
  // Fractions finer than milliseconds defeat Date.parse on some inputs.
  const time = Date.parse(value.replace(/(\.\d{3})\d+/, "$1"));
  if (Number.isNaN(time) || time > MAX_TIME || time < MIN_TIME) return null;
  return new Date(time).toISOString();
}
