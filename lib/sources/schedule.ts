// cron-parser 4 is CommonJS that Node's ESM loader cannot see named exports in.
import cronParser from "cron-parser";

/** The schedule of a source that says none: hourly, on the hour. */
export const DEFAULT_SCHEDULE = "0 * * * *";

/** Why `expression` is not a cron schedule, or null when it is one. */
export function findCronProblem(expression: string): string | null {
  try {
    cronParser.parseExpression(expression, { utc: true });
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

/**
 * The first instant of the schedule strictly after `after`, in UTC: a source
 * is due when its next run is at or before now, and once pulled its next run
 * moves past now (missed runs are not made up one by one).
 */
export function nextRunAfter(expression: string, after: Date): Date {
  return cronParser
    .parseExpression(expression, { utc: true, currentDate: after })
    .next()
    .toDate();
}
