/** Letters and digits in any script: what Postgres' text search parser keeps as words. */
const WORD = /[\p{L}\p{N}]+/gu;
const CAMEL_BOUNDARY = /(\p{Ll})(\p{Lu})/gu;

/** The words of a query or a text, lower-cased, in order (punctuation and `_` separate). */
export function splitWords(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).filter(Boolean);
}

/**
 * The comparable form of a dbt name or a typed query: lower case, words
 * joined by `_`. So "Customer Orders", "customer-orders" and
 * "customer_orders" are the same name.
 */
export function toNameKey(text: string): string {
  return splitWords(text).join("_");
}

/** A name's words for full-text search: `stg_customerOrders` → "stg customer orders". */
export function splitIdentifier(name: string): string {
  return splitWords(name.replace(CAMEL_BOUNDARY, "$1 $2")).join(" ");
}

/**
 * Markdown (or HTML) as the plain text an excerpt shows: tags, link targets,
 * images, emphasis and heading marks go; words and their order stay.
 */
export function toPlainText(markdown: string): string {
  return (
    markdown
      .replace(/<[^>]*>/g, " ")
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, "")
      // Underscores stay: in dbt prose they are mostly column names, not emphasis.
      .replace(/[*`~]+/g, "")
      .replace(/\|/g, " ")
      .replace(/\s+/g, " ")
      .trim()
  );
}
