import { classifyTestStatus } from "@/lib/artifacts/test-outcome";

/**
 * Whether a test's latest status means it passed (`classifyTestStatus`):
 * warn, fail, error and skipped all do not.
 */
export function isPassingStatus(status: string | null): boolean {
  return classifyTestStatus(status) === "passed";
}
