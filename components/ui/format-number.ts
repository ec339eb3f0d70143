const COUNT = new Intl.NumberFormat("en-US");
const COMPACT = new Intl.NumberFormat("en-US", {
  notation: "compact",
  maximumFractionDigits: 1,
});
const BYTE_UNITS = ["B", "KB", "MB", "GB", "TB", "PB"] as const;

/** A count with thousands separators: 1,204,339. */
export function formatCount(value: number): string {
  return COUNT.format(value);
}

/** A count for tight spaces: 1.2M, 96.4K, 812. */
export function formatCompactCount(value: number): string {
  return COMPACT.format(value);
}

/** A size in bytes in the largest unit that keeps it at 1 or more: 11.3 MB. */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (Math.abs(value) >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toFixed(digits)} ${BYTE_UNITS[unit]}`;
}

/** A run's duration: 820 ms, 5.5 s, 2 min 5 s. */
export function formatDuration(seconds: number): string {
  if (seconds < 1) return `${Math.round(seconds * 1000)} ms`;
  if (seconds < 60) return `${seconds.toFixed(seconds < 10 ? 1 : 0)} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = Math.round(seconds % 60);
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

/** A plural noun with its count: "1 model", "3 models". */
export function formatPlural(
  count: number,
  singular: string,
  plural = `${singular}s`,
): string {
  return `${formatCount(count)} ${count === 1 ? singular : plural}`;
}

/** How old something is, in the unit that reads best: 45 s, 26 min, 7 h 35 min, 31 h, 3 days. */
export function formatAge(seconds: number): string {
  if (seconds < 60) return `${Math.max(0, Math.round(seconds))} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 10) {
    const rest = minutes % 60;
    return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
  }
  if (hours < 48) return `${Math.round(minutes / 60)} h`;
  return `${Math.round(hours / 24)} days`;
}
