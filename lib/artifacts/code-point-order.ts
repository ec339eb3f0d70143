/**
 * Orders strings by code point, as Python (and so dbt) compares them and as
 * Postgres does under the C collation; unlike localeCompare it never depends
 * on the machine's locale.
 */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
