import {
  formatAbsoluteTime,
  formatCalendarDate,
} from "@/components/ui/format-time";

/**
 * The labels under a time chart's first and last point: days, or times
 * when both fall on the same day (several ingests in one day).
 */
export function formatChartRange(
  first: string,
  last: string,
): { start: string; end: string } {
  const start = new Date(first);
  const end = new Date(last);
  const isSameDay =
    formatCalendarDate(start) === formatCalendarDate(end) &&
    start.getTime() !== end.getTime();
  const format = isSameDay ? formatAbsoluteTime : formatCalendarDate;
  return { start: format(start), end: format(end) };
}

/** `formatChartRange` over a series in time order; null when it is empty. */
export function formatSeriesRange(
  points: readonly { recordedAt: string }[],
): { start: string; end: string } | null {
  const first = points[0];
  const last = points.at(-1);
  return first && last
    ? formatChartRange(first.recordedAt, last.recordedAt)
    : null;
}
