const MAX_LENGTH = 200;

function isScalar(value: unknown): value is string | number | boolean {
  return (
    typeof value === "string" ||
    typeof value === "number" ||
    typeof value === "boolean"
  );
}

/**
 * A `meta` value from a manifest as one line of text: scalars as written,
 * lists of scalars joined, anything else as compact JSON, all capped so that
 * an odd value cannot flood the page.
 */
export function formatMetaValue(value: unknown): string {
  let text: string;
  if (value === null || value === undefined) text = "—";
  else if (isScalar(value)) text = String(value);
  else if (Array.isArray(value) && value.every(isScalar))
    text = value.join(", ");
  else text = JSON.stringify(value) ?? "—";
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH)}…` : text;
}

/** Meta entries in a stable order, keys sorted, for display. */
export function listMetaEntries(
  meta: Readonly<Record<string, unknown>>,
): [string, string][] {
  return Object.keys(meta)
    .sort((a, b) => a.localeCompare(b))
    .map((key) => [key, formatMetaValue(meta[key])]);
}
