"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { SearchResponse } from "@/lib/api/present-search";

const DEBOUNCE_MS = 150;
const SUGGESTION_LIMIT = 7;
const MIN_CHARS = 2;

export type Suggestion = SearchResponse["results"][number];

/** Waits until `value` has stopped changing for `delay` ms. */
function useDebounced<T>(value: T, delay: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

/**
 * Typeahead suggestions for what is typed: the search API with a small
 * limit, debounced, and only while they are wanted (the box has focus), not
 * for a query the box merely shows.
 */
export function useSearchSuggestions(query: string, isWanted: boolean) {
  const debounced = useDebounced(query.trim(), DEBOUNCE_MS);
  const isEnabled = isWanted && debounced.length >= MIN_CHARS;
  const result = useQuery({
    queryKey: ["search-suggestions", debounced],
    queryFn: async ({ signal }) => {
      const params = new URLSearchParams({
        q: debounced,
        limit: String(SUGGESTION_LIMIT),
      });
      const response = await fetch(`/api/v1/search?${params.toString()}`, {
        signal,
      });
      if (!response.ok) throw new Error(`Search failed (${response.status})`);
      return (await response.json()) as SearchResponse;
    },
    enabled: isEnabled,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
  return {
    suggestions: isEnabled ? (result.data?.results ?? []) : [],
    isLoading: isEnabled && result.isFetching,
    isError: isEnabled && result.isError,
    isEnabled,
  };
}
