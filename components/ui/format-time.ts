const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

const RELATIVE = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
const ABSOLUTE = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

/**
 * Describes `date` relative to `now` in the largest unit that fits ("3 hours
 * ago", "yesterday", "in 2 months"); anything within 45 seconds is "just now".
 */
export function formatRelativeTime(date: Date, now: Date): string {
  const elapsed = date.getTime() - now.getTime();
  const distance = Math.abs(elapsed);
  if (distance < 45 * SECOND) return "just now";
  if (distance < 45 * MINUTE)
    return RELATIVE.format(Math.round(elapsed / MINUTE), "minute");
  if (distance < 22 * HOUR)
    return RELATIVE.format(Math.round(elapsed / HOUR), "hour");
  if (distance < 26 * DAY)
    return RELATIVE.format(Math.round(elapsed / DAY), "day");
  if (distance < 320 * DAY)
    return RELATIVE.format(Math.round(elapsed / MONTH), "month");
  return RELATIVE.format(Math.round(elapsed / YEAR), "year");
}

/** An unambiguous timestamp for tooltips: "21 Nov 2026, 08:22 UTC". */
export function formatAbsoluteTime(date: Date): string {
  return `${ABSOLUTE.format(date)} UTC`;
}

const CALENDAR = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeZone: "UTC",
});

/** A day, for dates without a meaningful time (deprecation dates): "20 Jan 2027". */
export function formatCalendarDate(date: Date | string): string {
  return CALENDAR.format(typeof date === "string" ? new Date(date) : date);
}
