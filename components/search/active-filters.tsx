import { X } from "lucide-react";
import Link from "next/link";
import { FACET_KEYS } from "@/lib/search/query";
import {
  buildSearchHref,
  toggleFacetValue,
  type SearchPageState,
} from "@/lib/search/search-url";

/** The selected facet values as removable chips, and a link clearing them all. */
export function ActiveFilters({ state }: { state: SearchPageState }) {
  const chips = FACET_KEYS.flatMap((key) =>
    (state.filters[key] ?? []).map((value) => ({ key, value })),
  );
  if (chips.length === 0) return null;
  return (
    <ul
      aria-label="Active filters"
      className="flex flex-wrap items-center gap-1.5"
    >
      {chips.map(({ key, value }) => (
        <li key={`${key}:${value}`}>
          <Link
            href={buildSearchHref(toggleFacetValue(state, key, value))}
            aria-label={`Remove filter ${key}: ${value}`}
            className="inline-flex h-6 items-center gap-1 rounded-full bg-accent/10 pr-1.5 pl-2.5 text-xs font-medium text-accent ring-1 ring-accent/25 ring-inset hover:bg-accent/15"
          >
            <span className="text-accent/70">{key}:</span>
            <span className="max-w-48 truncate">{value}</span>
            <X aria-hidden className="size-3" />
          </Link>
        </li>
      ))}
      <li>
        <Link
          href={buildSearchHref({ q: state.q, filters: {}, page: 1 })}
          className="px-1.5 text-xs font-medium text-fg-muted hover:text-fg hover:underline hover:underline-offset-4"
        >
          Clear filters
        </Link>
      </li>
    </ul>
  );
}
