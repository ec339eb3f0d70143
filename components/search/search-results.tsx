import { ChevronDown, SearchX } from "lucide-react";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import type { SearchResult } from "@/lib/db/queries/search";
import { FACET_KEYS } from "@/lib/search/query";
import { buildSearchHref, type SearchPageState } from "@/lib/search/search-url";
import { ActiveFilters } from "./active-filters";
import { SearchFacets } from "./search-facets";
import { SearchPagination } from "./search-pagination";
import { SearchResultItem } from "./search-result-item";

export type SearchResultsProps = {
  state: SearchPageState;
  result: SearchResult;
  offset: number;
  pageSize: number;
};

function describeCount(result: SearchResult, offset: number): string {
  if (result.total === 0) return "No matches.";
  const range = `${offset + 1}–${offset + result.hits.length}`;
  const noun = result.total === 1 ? "match" : "matches";
  return result.isComplete
    ? `${range} of ${result.total} ${noun}.`
    : `${range} of the ${result.total} best matches. More nodes match: narrow with filters to reach them.`;
}

/** The results page: heading with counts and active filters, facets beside (folded on phones), results, pages. */
export function SearchResults({
  state,
  result,
  offset,
  pageSize,
}: SearchResultsProps) {
  const activeCount = FACET_KEYS.reduce(
    (count, key) => count + (state.filters[key]?.length ?? 0),
    0,
  );
  const q = state.q.trim();
  return (
    <>
      <PageHeader
        title={q ? <>Results for “{q}”</> : "Search"}
        description={<p aria-live="polite">{describeCount(result, offset)}</p>}
        meta={<ActiveFilters state={state} />}
      />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-8">
        <aside className="min-w-0">
          <details className="group rounded-lg border border-border bg-surface lg:hidden">
            <summary className="flex cursor-pointer list-none items-center justify-between px-4 py-2.5 text-sm font-medium text-fg [&::-webkit-details-marker]:hidden">
              <span>
                Filters
                {activeCount > 0 ? (
                  <span className="text-fg-muted"> ({activeCount} active)</span>
                ) : null}
              </span>
              <ChevronDown
                aria-hidden
                className="size-4 text-fg-subtle transition-transform group-open:rotate-180"
              />
            </summary>
            <div className="border-t border-border px-3 py-4">
              <SearchFacets state={state} facets={result.facets} />
            </div>
          </details>
          <div className="hidden lg:block">
            <SearchFacets state={state} facets={result.facets} />
          </div>
        </aside>
        <div className="min-w-0">
          {result.hits.length === 0 ? (
            <NoResults
              didYouMean={result.didYouMean}
              state={state}
              isPastEnd={result.total > 0}
              hasFilters={activeCount > 0}
            />
          ) : (
            <Card className="overflow-hidden">
              <ol
                aria-label="Search results"
                className="divide-y divide-border"
              >
                {result.hits.map((hit) => (
                  <SearchResultItem
                    key={`${hit.project}:${hit.uniqueId}`}
                    hit={hit}
                  />
                ))}
              </ol>
              <SearchPagination
                state={state}
                pageCount={Math.ceil(result.total / pageSize)}
              />
            </Card>
          )}
        </div>
      </div>
    </>
  );
}

function NoResults({
  state,
  isPastEnd,
  hasFilters,
  didYouMean,
}: {
  state: SearchPageState;
  isPastEnd: boolean;
  hasFilters: boolean;
  didYouMean: string | null;
}) {
  if (didYouMean && !isPastEnd)
    return (
      <EmptyState
        icon={SearchX}
        title="Nothing matches"
        description={`Nothing matches “${state.q}”.`}
        action={
          <p className="text-sm text-fg-muted">
            Did you mean{" "}
            <Link
              href={buildSearchHref({
                q: didYouMean,
                filters: state.filters,
                page: 1,
              })}
              className="font-medium text-accent hover:text-accent-hover hover:underline hover:underline-offset-4"
            >
              {didYouMean}
            </Link>
            ?
          </p>
        }
      />
    );
  return (
    <EmptyState
      icon={SearchX}
      title={isPastEnd ? "No more results" : "Nothing matches"}
      description={
        isPastEnd
          ? "This page is past the last result."
          : hasFilters
            ? "Nothing matches the query with these filters. Remove a filter, or check the spelling."
            : "No name, description or column matches. Check the spelling or try a shorter word."
      }
      action={
        hasFilters || isPastEnd ? (
          <Link
            href={buildSearchHref({
              q: state.q,
              filters: isPastEnd ? state.filters : {},
              page: 1,
            })}
            className="text-sm font-medium text-accent hover:text-accent-hover hover:underline hover:underline-offset-4"
          >
            {isPastEnd ? "Back to the first page" : "Search without filters"}
          </Link>
        ) : undefined
      }
    />
  );
}
