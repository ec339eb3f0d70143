import { splitWords } from "./text";

/** The facets a search can be narrowed by, as URL parameters and `key:value` qualifiers. */
export const FACET_KEYS = [
  "project",
  "type",
  "access",
  "level",
  "owner",
  "tag",
  "materialized",
] as const;

export type FacetKey = (typeof FACET_KEYS)[number];

/** Selected values per facet: values of one facet are alternatives, facets combine. */
export type SearchFilters = Partial<Record<FacetKey, string[]>>;

/**
 * Words of a query that are searched; later ones are left out. Every word is
 * a condition each candidate scan must check, so the bound keeps a query of
 * many words as cheap as a query of a few.
 */
export const MAX_QUERY_WORDS = 10;

export type ParsedQuery = {
  /** The free text, qualifiers removed. */
  text: string;
  /** Its first MAX_QUERY_WORDS distinct words, lower-cased: what full-text search and highlighting use. */
  words: string[];
  filters: SearchFilters;
};

const QUALIFIER_ALIASES: Record<string, FacetKey> = {
  project: "project",
  type: "type",
  access: "access",
  level: "level",
  owner: "owner",
  tag: "tag",
  materialized: "materialized",
  mat: "materialized",
};

// key:value or key:"a value with spaces"
const QUALIFIER = /(?:^|\s)([a-z]+):(?:"([^"]*)"|(\S+))/gi;

/**
 * Reads a typed query: `key:value` qualifiers for known facets (`type:source
 * project:finance owner:"Finance Analytics"`, `mat:` for materialized) become
 * filters and leave the text; unknown `key:value` pairs stay text.
 */
export function parseSearchQuery(raw: string): ParsedQuery {
  const filters: SearchFilters = {};
  const text = raw
    .replace(
      QUALIFIER,
      (whole, key: string, quoted?: string, bare?: string) => {
        const facet = QUALIFIER_ALIASES[key.toLowerCase()];
        const value = (quoted ?? bare ?? "").trim();
        if (!facet || value === "") return whole;
        filters[facet] = addValue(filters[facet], value);
        return " ";
      },
    )
    .replace(/\s+/g, " ")
    .trim();
  const words = [...new Set(splitWords(text))].slice(0, MAX_QUERY_WORDS);
  return { text, words, filters };
}

/** Filters from two places (URL parameters and qualifiers) combined per facet. */
export function mergeFilters(
  first: SearchFilters,
  second: SearchFilters,
): SearchFilters {
  const merged: SearchFilters = {};
  for (const key of FACET_KEYS) {
    const values = [...(first[key] ?? []), ...(second[key] ?? [])];
    if (values.length > 0) merged[key] = [...new Set(values)];
  }
  return merged;
}

function addValue(values: string[] | undefined, value: string): string[] {
  return values?.includes(value) ? values : [...(values ?? []), value];
}
