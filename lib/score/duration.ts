/**
 * Durations as dbt and teams write them: dbt's `{count, period}` criteria and
 * SLA strings in `meta` ("24h", "2 days", "daily by 06:00 UTC").
 */

const UNIT_SECONDS: Record<string, number> = {
  second: 1,
  minute: 60,
  hour: 3600,
  day: 86_400,
  week: 604_800,
};

const UNIT_ALIASES: Record<string, string> = {
  s: "second",
  sec: "second",
  m: "minute",
  min: "minute",
  h: "hour",
  hr: "hour",
  d: "day",
  w: "week",
};

const CADENCES: Record<string, number> = {
  hourly: 3600,
  daily: 86_400,
  nightly: 86_400,
  weekly: 604_800,
};

function toUnit(word: string): string | null {
  const singular = word.toLowerCase().replace(/s$/, "");
  if (singular in UNIT_SECONDS) return singular;
  return UNIT_ALIASES[word.toLowerCase()] ?? UNIT_ALIASES[singular] ?? null;
}

/** Seconds of a dbt `{count, period}` threshold; null when it sets none. */
export function readPeriodSeconds(value: unknown): number | null {
  if (typeof value !== "object" || value === null) return null;
  const { count, period } = value as { count?: unknown; period?: unknown };
  if (typeof count !== "number" || count <= 0 || typeof period !== "string")
    return null;
  const unit = toUnit(period);
  return unit === null ? null : count * (UNIT_SECONDS[unit] ?? 0);
}

/**
 * Seconds of an SLA value: a `{count, period}` object, a number of hours, "24h",
 * "2 days", or a cadence word ("daily by 06:00 UTC" is a day). Null when the
 * value names no duration the catalog can check.
 */
export function parseDurationSeconds(value: unknown): number | null {
  if (typeof value === "number") return value > 0 ? value * 3600 : null;
  if (typeof value !== "string") return readPeriodSeconds(value);
  const text = value.trim().toLowerCase();
  const amount = /(\d+(?:\.\d+)?)\s*([a-z]+)/.exec(text);
  if (amount?.[1] !== undefined && amount[2] !== undefined) {
    const unit = toUnit(amount[2]);
    if (unit !== null) return Number(amount[1]) * (UNIT_SECONDS[unit] ?? 0);
  }
  for (const [word, seconds] of Object.entries(CADENCES))
    if (new RegExp(`\\b${word}\\b`).test(text)) return seconds;
  return null;
}

/** "36 hours", "2 days", "1 hour": the largest unit that reads without fractions. */
export function formatSeconds(seconds: number): string {
  for (const unit of ["week", "day", "hour", "minute"] as const) {
    const ratio = seconds / (UNIT_SECONDS[unit] ?? 1);
    if (ratio >= 2 || (ratio >= 1 && Number.isInteger(ratio))) {
      const count = Math.round(ratio);
      return `${count} ${unit}${count === 1 ? "" : "s"}`;
    }
  }
  const whole = Math.round(seconds);
  return `${whole} second${whole === 1 ? "" : "s"}`;
}
