/** A highlighted stretch of a text: `start` inclusive, `end` exclusive, in UTF-16 units. */
export type HighlightRange = { start: number; end: number };

/** A text with the stretches to highlight; the UI renders each range as a <mark>. */
export type Highlighted = { text: string; ranges: HighlightRange[] };

const WORD = /[\p{L}\p{N}]+/gu;
// English endings the full-text stemmer folds, so that "customers" lights up "customer".
const ENDINGS = /(?:ies|es|s|ing|ed)$/;
const MIN_STEM = 4;

/**
 * Where a text's words match query words: a word matches when it starts with
 * a query word, or with that word's stem ("customers" → "customer"), the way
 * full-text search matched it. Case is ignored; ranges are sorted and merged.
 */
export function findWordRanges(
  text: string,
  queryWords: readonly string[],
): HighlightRange[] {
  const prefixes = [...new Set(queryWords.flatMap(toPrefixes))];
  if (prefixes.length === 0) return [];
  const ranges: HighlightRange[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0].toLowerCase();
    const longest = Math.max(
      0,
      ...prefixes.filter((p) => word.startsWith(p)).map((p) => p.length),
    );
    if (longest > 0)
      ranges.push({ start: match.index, end: match.index + longest });
  }
  return ranges;
}

function toPrefixes(word: string): string[] {
  const lower = word.toLowerCase();
  const stem = lower.replace(ENDINGS, "");
  return stem.length >= MIN_STEM && stem !== lower ? [lower, stem] : [lower];
}

/** Sorts ranges and joins those that overlap or touch. */
export function mergeRanges(
  ranges: readonly HighlightRange[],
): HighlightRange[] {
  const sorted = [...ranges]
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: HighlightRange[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start <= last.end)
      last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/**
 * A window of about `maxLength` characters around the first highlighted
 * stretch (the start of the text when none), cut at word boundaries and
 * marked with an ellipsis where it cuts, with ranges moved into it.
 */
export function buildExcerpt(
  text: string,
  ranges: readonly HighlightRange[],
  maxLength = 220,
): Highlighted {
  const merged = mergeRanges(ranges);
  if (text.length <= maxLength) return { text, ranges: merged };
  const first = merged[0];
  const lead = Math.floor(maxLength / 4);
  let start = first ? Math.max(0, first.start - lead) : 0;
  let end = Math.min(text.length, start + maxLength);
  start = Math.max(0, Math.min(start, end - maxLength));
  if (start > 0) start = snapForward(text, start);
  if (end < text.length) end = snapBackward(text, end, start);
  const prefix = start > 0 ? "…" : "";
  const suffix = end < text.length ? "…" : "";
  const shift = prefix.length - start;
  return {
    text: `${prefix}${text.slice(start, end)}${suffix}`,
    ranges: merged
      .filter((r) => r.start >= start && r.end <= end)
      .map((r) => ({ start: r.start + shift, end: r.end + shift })),
  };
}

function snapForward(text: string, index: number): number {
  const space = text.indexOf(" ", index);
  return space === -1 || space - index > 20 ? index : space + 1;
}

function snapBackward(text: string, index: number, floor: number): number {
  const space = text.lastIndexOf(" ", index);
  return space <= floor || index - space > 20 ? index : space;
}
