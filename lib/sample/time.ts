/**
 * Instants are epoch milliseconds with a fractional part, so that the
 * microsecond timestamps dbt writes can be derived from one `now`.
 */
export type Instant = number;

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

function splitMicros(instant: Instant): { date: Date; micros: string } {
  const totalMicros = Math.round(instant * 1000);
  const wholeMs = Math.floor(totalMicros / 1_000_000) * 1000;
  const micros = String(totalMicros - wholeMs * 1000).padStart(6, "0");
  return { date: new Date(wholeMs), micros };
}

/** Like Python's isoformat(): the fraction is left out when it is zero. */
function formatSeconds(instant: Instant): string {
  const { date, micros } = splitMicros(instant);
  const seconds = date.toISOString().slice(0, 19);
  return micros === "000000" ? seconds : `${seconds}.${micros}`;
}

/** `2026-11-01T06:00:00.123456Z`, as dbt writes `generated_at` and timings. */
export function formatZulu(instant: Instant): string {
  return `${formatSeconds(instant)}Z`;
}

/** `2026-11-01T06:00:00.123456+00:00`, as dbt writes freshness and invocation start. */
export function formatOffset(instant: Instant): string {
  return `${formatSeconds(instant)}+00:00`;
}

/** `2026-11-01T00:00:00+00:00`, as dbt writes a model's `deprecation_date`. */
export function formatMidnightOffset(instant: Instant): string {
  return `${new Date(instant).toISOString().slice(0, 10)}T00:00:00+00:00`;
}

/** Epoch seconds with microseconds, as dbt writes `created_at`. */
export function toEpochSeconds(instant: Instant): number {
  return Math.round(instant * 1000) / 1_000_000;
}

/** `2026-11-01 05:42UTC`, as Snowflake's catalog query formats last_modified. */
export function formatSnowflakeModified(instant: Instant): string {
  return `${new Date(instant).toISOString().slice(0, 16).replace("T", " ")}UTC`;
}
