/**
 * How deep a dbt artifact may nest objects and arrays. dbt's own structures
 * stay under ten levels; `meta` and `config` are free-form but hand-written.
 * Far deeper input is an attack or a broken generator, and every recursive
 * step after parsing (validation, storing as jsonb, rendering) would pay for
 * it: 10,000 levels overflowed the stack in the middle of an ingest.
 */
export const MAX_JSON_DEPTH = 128;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;

/**
 * Where JSON text first nests deeper than `limit` levels, as a UTF-16 index,
 * or -1 when it never does. One pass over the text; brackets inside strings
 * do not count, and strings are skipped with the engine's indexOf (most of a
 * manifest is strings). Assumes text that JSON.parse accepted.
 */
export function findExcessiveNesting(text: string, limit: number): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) i = findStringEnd(text, i);
    else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      if (++depth > limit) return i;
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) depth--;
  }
  return -1;
}

/** The index of the quote that closes the string opened at `start`. */
function findStringEnd(text: string, start: number): number {
  let end = text.indexOf('"', start + 1);
  while (end !== -1 && isEscaped(text, end)) end = text.indexOf('"', end + 1);
  return end === -1 ? text.length : end;
}

/** True when an odd run of backslashes stands before `index`. */
function isEscaped(text: string, index: number): boolean {
  let backslashes = 0;
  while (text.charCodeAt(index - 1 - backslashes) === BACKSLASH) backslashes++;
  return backslashes % 2 === 1;
}
