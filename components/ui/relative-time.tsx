import { cn } from "./cn";
import { formatAbsoluteTime, formatRelativeTime } from "./format-time";
import { now as getNow } from "@/lib/clock";

export type RelativeTimeProps = {
  date: Date | string | number;
  /** The reference instant; the clock's now by default. */
  now?: Date;
  className?: string;
};

/**
 * "3 hours ago", rendered on the server inside a <time> element carrying the
 * machine-readable instant and, on hover, the absolute time in UTC.
 */
export function RelativeTime({ date, now, className }: RelativeTimeProps) {
  const instant = date instanceof Date ? date : new Date(date);
  if (Number.isNaN(instant.getTime()))
    return <span className={cn("text-fg-subtle", className)}>—</span>;
  return (
    <time
      dateTime={instant.toISOString()}
      title={formatAbsoluteTime(instant)}
      className={cn("whitespace-nowrap", className)}
    >
      {formatRelativeTime(instant, now ?? getNow())}
    </time>
  );
}
