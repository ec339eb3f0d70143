import { compareCodePoints } from "./code-point-order";

/**
 * dbt's order of model versions (`UnparsedVersion.__lt__`): numerically when
 * both are numbers, else as text. dbt picks the default `latest_version` by
 * this order, so the catalog must agree with it: `1.10` is the number 1.1 and
 * comes before `1.9`; `2` before `10`; `2` before `2b` (text).
 */
export function compareVersions(a: string, b: string): number {
  const x = toDecimal(a);
  const y = toDecimal(b);
  if (x !== null && y !== null) return x < y ? -1 : x > y ? 1 : 0;
  return compareCodePoints(a, b);
}

// What Python's float() reads: an optional sign, digits with an optional
// fraction and exponent, surrounding whitespace.
const DECIMAL = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;

function toDecimal(version: string): number | null {
  return DECIMAL.test(version) ? Number(version) : null;
}
