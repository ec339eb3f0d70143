/**
 * Reading the names that tests and constraints use: column identifiers,
 * `ref()` / `source()` calls as text, and relation names in any quoting.
 */

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_$]*$/;
const QUOTES = /^(["`[])(.*)(["`\]])$/;

/** The column an expression names when it is a plain (maybe quoted) identifier; null for expressions. */
export function toColumnName(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const trimmed = value.trim();
  const quoted = QUOTES.exec(trimmed);
  const bare = quoted?.[2] ?? trimmed;
  return IDENTIFIER.test(bare) ? bare : null;
}

/** Column names compare case-insensitively: warehouses fold unquoted names. */
export function sameColumn(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** The key a set of columns is compared by, order aside. */
export function toColumnSetKey(columns: readonly string[]): string {
  return columns
    .map((c) => c.toLowerCase())
    .sort()
    .join(",");
}

export type ParsedTarget =
  | {
      kind: "ref";
      package: string | null;
      name: string;
      version: string | null;
    }
  | { kind: "source"; source: string; table: string };

const STRING = String.raw`\s*['"]([^'"]+)['"]\s*`;
const REF = new RegExp(
  String.raw`ref\(${STRING}(?:,${STRING})?(?:,\s*(?:v|version)\s*=\s*['"]?([\w.]+)['"]?\s*)?\)`,
);
const SOURCE = new RegExp(String.raw`source\(${STRING},${STRING}\)`);

/** Reads `ref('m')`, `ref('project', 'm', v=2)` or `source('s', 't')` written as text. */
export function parseTargetCall(text: unknown): ParsedTarget | null {
  if (typeof text !== "string") return null;
  const ref = REF.exec(text);
  if (ref?.[1] !== undefined) {
    const hasPackage = ref[2] !== undefined;
    return {
      kind: "ref",
      package: hasPackage ? ref[1] : null,
      name: hasPackage ? (ref[2] ?? "") : ref[1],
      version: ref[3] ?? null,
    };
  }
  const source = SOURCE.exec(text);
  if (source?.[1] !== undefined && source[2] !== undefined)
    return { kind: "source", source: source[1], table: source[2] };
  return null;
}

/** A relation name as comparable parts: quotes dropped, lower case. */
export function splitRelationName(text: string): string[] {
  return text
    .split(".")
    .map((part) =>
      part
        .trim()
        .replace(/^["`[]|["`\]]$/g, "")
        .toLowerCase(),
    )
    .filter((part) => part.length > 0);
}

/**
 * The target of a foreign key written as SQL, as dbt before 1.9 took it:
 * `expression: "analytics.dim_customers (customer_id)"`, maybe after
 * `references`.
 */
export function parseReferencesExpression(
  text: unknown,
): { relation: string; columns: string[] } | null {
  if (typeof text !== "string") return null;
  const match = /^\s*(?:references\s+)?([^\s(]+)\s*\(([^)]*)\)\s*$/i.exec(text);
  if (!match?.[1] || match[2] === undefined) return null;
  const columns = match[2]
    .split(",")
    .map((c) => toColumnName(c))
    .filter((c): c is string => c !== null);
  return { relation: match[1], columns };
}
