import { z } from "zod";
import {
  FACET_KEYS,
  mergeFilters,
  parseSearchQuery,
  type SearchFilters,
} from "./query";

/** Results a page or an API call may ask for at once. */
export const MAX_SEARCH_LIMIT = 50;
/** Candidates are bounded (about 500): paging stops there. */
export const MAX_SEARCH_OFFSET = 500;

const facetValues = z.array(z.string().trim().min(1).max(200)).max(20);

const searchParamsSchema = z.object({
  q: z.string().max(200).default(""),
  limit: z.coerce.number().int().min(1).max(MAX_SEARCH_LIMIT).default(20),
  offset: z.coerce.number().int().min(0).max(MAX_SEARCH_OFFSET).default(0),
  ...Object.fromEntries(FACET_KEYS.map((key) => [key, facetValues])),
});

/** A validated search: the typed text, its words, and the filters of URL and qualifiers together. */
export type SearchInput = {
  q: string;
  text: string;
  words: string[];
  filters: SearchFilters;
  limit: number;
  offset: number;
};

type ParamSource = {
  get(key: string): string | null;
  getAll(key: string): string[];
};

/**
 * Reads `q`, `limit`, `offset` and repeated facet parameters (`project`,
 * `type`, `access`, `level`, `owner`, `tag`, `materialized`; several values
 * of one facet are alternatives). `key:value` qualifiers in `q` add to the
 * facet parameters. An error names the first bad parameter.
 */
export function readSearchParams(
  params: ParamSource,
): { ok: true; input: SearchInput } | { ok: false; error: string } {
  const raw: Record<string, unknown> = {
    q: params.get("q") ?? undefined,
    limit: params.get("limit") ?? undefined,
    offset: params.get("offset") ?? undefined,
  };
  for (const key of FACET_KEYS) raw[key] = params.getAll(key);
  const parsed = searchParamsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      error: `${issue?.path.join(".") || "query"}: ${issue?.message ?? "invalid"}`,
    };
  }
  const { q, limit, offset } = parsed.data;
  const urlFilters: SearchFilters = {};
  for (const key of FACET_KEYS) {
    const values = (parsed.data as Record<string, unknown>)[key] as string[];
    if (values.length > 0) urlFilters[key] = values;
  }
  const query = parseSearchQuery(q);
  return {
    ok: true,
    input: {
      q,
      text: query.text,
      words: query.words,
      filters: mergeFilters(urlFilters, query.filters),
      limit,
      offset,
    },
  };
}
