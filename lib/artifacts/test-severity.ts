/** What a failing data test does to the run: warn, or error (dbt's default). */
export type TestSeverity = "warn" | "error";

/**
 * A data test's severity as dbt applies it: `config.severity` read without
 * regard to case or surrounding space; `warn` warns, and anything else
 * (unset included) is an error. Null only for what has no severity at all
 * (unit tests).
 */
export function readTestSeverity(
  value: string | null | undefined,
): TestSeverity {
  return value?.trim().toLowerCase() === "warn" ? "warn" : "error";
}
