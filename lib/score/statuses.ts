/**
 * Whether a test's latest status means it passed: `pass` for data and unit
 * tests, `success` where dbt reports tests like models (some versions and
 * `dbt build` variants do). warn, fail, error and skipped all do not.
 */
export function isPassingStatus(status: string | null): boolean {
  return status === "pass" || status === "success";
}
