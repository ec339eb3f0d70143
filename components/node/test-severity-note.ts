import type { TestSeverity } from "@/lib/artifacts/test-severity";

/** The words every page puts beside a test that only warns; null for one that errors. */
export function describeWarnOnly(severity: TestSeverity | null): string | null {
  return severity === "warn" ? "warn only" : null;
}
