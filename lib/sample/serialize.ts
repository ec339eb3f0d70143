/**
 * Serializes artifacts the way dbt writes them: Python's `json.dumps`
 * defaults, i.e. one line, `", "` and `": "` separators and non-ASCII
 * escaped as `\uXXXX`. Parsers then meet the same bytes as in the wild.
 */
export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

const NON_PRINTABLE_ASCII = /[^\x20-\x7e]/g;

function escapeChar(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

function stringifyString(text: string): string {
  // JSON.stringify already writes \n, \t, \" etc. like Python; only the
  // characters outside printable ASCII still need escaping.
  return JSON.stringify(text).replace(NON_PRINTABLE_ASCII, escapeChar);
}

function stringifyNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`cannot serialize ${value}`);
  return String(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The whole value as one dbt-style JSON string. */
export function toDbtJson(value: unknown): string {
  if (value === null) return "null";
  switch (typeof value) {
    case "string":
      return stringifyString(value);
    case "number":
      return stringifyNumber(value);
    case "boolean":
      return value ? "true" : "false";
    case "object":
      break;
    case "bigint":
    case "function":
    case "symbol":
    case "undefined":
      throw new Error(`cannot serialize a ${typeof value}`);
  }
  if (Array.isArray(value)) {
    let out = "[";
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ", ";
      out += toDbtJson(value[i]);
    }
    return `${out}]`;
  }
  let out = "{";
  let isFirst = true;
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    if (item === undefined) continue;
    out += `${isFirst ? "" : ", "}${stringifyString(key)}: ${toDbtJson(item)}`;
    isFirst = false;
  }
  return `${out}}`;
}

/**
 * The same bytes as `toDbtJson`, in chunks of at most one entry of the
 * objects `depth` levels down, so a 100 MB manifest can be written
 * without ever holding it as one string.
 */
export function* streamDbtJson(value: unknown, depth = 2): Generator<string> {
  if (depth <= 0 || !isRecord(value)) {
    yield toDbtJson(value);
    return;
  }
  yield "{";
  let isFirst = true;
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined) continue;
    yield `${isFirst ? "" : ", "}${stringifyString(key)}: `;
    yield* streamDbtJson(item, depth - 1);
    isFirst = false;
  }
  yield "}";
}

export type JsonObject = { [key: string]: JsonValue };
