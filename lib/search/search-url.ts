import { FACET_KEYS, type FacetKey, type SearchFilters } from "./query";

/** What the results page's URL holds: the typed query, facet values, the page. */
export type SearchPageState = {
  q: string;
  filters: SearchFilters;
  page: number;
};

/** The results page's URL for a state; empty parts are left out, facets in a stable order. */
export function buildSearchHref(state: SearchPageState): string {
  const params = new URLSearchParams();
  if (state.q.trim() !== "") params.set("q", state.q.trim());
  for (const key of FACET_KEYS)
    for (const value of state.filters[key] ?? []) params.append(key, value);
  if (state.page > 1) params.set("page", String(state.page));
  const query = params.toString();
  return query ? `/search?${query}` : "/search";
}

/** The state with one facet value switched on or off, back on the first page. */
export function toggleFacetValue(
  state: SearchPageState,
  key: FacetKey,
  value: string,
): SearchPageState {
  const current = state.filters[key] ?? [];
  const next = current.includes(value)
    ? current.filter((v) => v !== value)
    : [...current, value];
  const filters = { ...state.filters, [key]: next };
  if (next.length === 0) delete filters[key];
  return { ...state, filters, page: 1 };
}
