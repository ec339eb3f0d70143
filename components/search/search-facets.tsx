import { Check } from "lucide-react";
import Link from "next/link";
import { cn } from "@/components/ui/cn";
import {
  getResourceTypeLabel,
  toResourceType,
} from "@/components/ui/resource-type";
import type { FacetValue } from "@/lib/search/facets";
import type { FacetKey } from "@/lib/search/query";
import {
  buildSearchHref,
  toggleFacetValue,
  type SearchPageState,
} from "@/lib/search/search-url";

/** Facets in the order the sidebar shows them, with their headings. */
const FACET_GROUPS: readonly { key: FacetKey; title: string }[] = [
  { key: "type", title: "Resource type" },
  { key: "project", title: "Project" },
  { key: "access", title: "Access" },
  { key: "level", title: "Maturity level" },
  { key: "owner", title: "Owner" },
  { key: "tag", title: "Tag" },
  { key: "materialized", title: "Materialization" },
];

const VISIBLE_VALUES = 8;

function formatValue(key: FacetKey, value: string): string {
  if (key === "type") {
    const type = toResourceType(value);
    return type === "unknown" ? value : getResourceTypeLabel(type);
  }
  return value;
}

export type SearchFacetsProps = {
  state: SearchPageState;
  facets: Record<FacetKey, FacetValue[]>;
};

/**
 * The facet sidebar: each value is a link that switches it on or off in the
 * URL (values of one facet are alternatives). Selected values stay listed
 * even when the narrowed results no longer count them.
 */
export function SearchFacets({ state, facets }: SearchFacetsProps) {
  return (
    <nav aria-label="Filters" className="flex flex-col gap-5">
      {FACET_GROUPS.map(({ key, title }) => {
        const selected = state.filters[key] ?? [];
        const counted = facets[key];
        const values = [
          ...counted,
          ...selected
            .filter((value) => !counted.some((c) => c.value === value))
            .map((value) => ({ value, count: 0 })),
        ];
        const headingId = `facet-${key}`;
        return (
          <section key={key} aria-labelledby={headingId}>
            <h2
              id={headingId}
              className="mb-1.5 text-xs font-semibold tracking-wide text-fg-subtle uppercase"
            >
              {title}
            </h2>
            {values.length === 0 ? (
              <p className="text-xs text-fg-subtle">
                {key === "level"
                  ? "Levels appear once products are scored."
                  : "None among these results."}
              </p>
            ) : (
              <FacetValueList
                facetKey={key}
                state={state}
                values={values}
                selected={selected}
              />
            )}
          </section>
        );
      })}
    </nav>
  );
}

function FacetValueList({
  facetKey,
  state,
  values,
  selected,
}: {
  facetKey: FacetKey;
  state: SearchPageState;
  values: FacetValue[];
  selected: string[];
}) {
  const shown = values.slice(0, VISIBLE_VALUES);
  const hidden = values.slice(VISIBLE_VALUES);
  const renderValue = ({ value, count }: FacetValue) => {
    const isSelected = selected.includes(value);
    return (
      <li key={value}>
        <Link
          href={buildSearchHref(toggleFacetValue(state, facetKey, value))}
          aria-current={isSelected ? "true" : undefined}
          className={cn(
            "group flex items-center gap-2 rounded-md px-1.5 py-1 text-[13px] transition-colors hover:bg-surface-muted",
            isSelected ? "text-fg" : "text-fg-muted hover:text-fg",
          )}
        >
          <span
            aria-hidden
            className={cn(
              "grid size-3.5 shrink-0 place-items-center rounded-[4px] border",
              isSelected
                ? "border-accent bg-accent text-canvas"
                : "border-border-strong bg-surface group-hover:border-fg-subtle",
            )}
          >
            {isSelected ? <Check className="size-3" strokeWidth={3} /> : null}
          </span>
          <span className="min-w-0 flex-1 truncate" title={value}>
            {formatValue(facetKey, value)}
          </span>
          <span className="text-xs text-fg-subtle tabular-nums">
            {count}
            {isSelected ? <span className="sr-only"> (selected)</span> : null}
          </span>
        </Link>
      </li>
    );
  };
  return (
    <>
      <ul className="flex flex-col">{shown.map(renderValue)}</ul>
      {hidden.length > 0 ? (
        <details className="group/more">
          <summary className="cursor-pointer list-none rounded-md px-1.5 py-1 text-xs font-medium text-accent hover:text-accent-hover [&::-webkit-details-marker]:hidden">
            <span className="group-open/more:hidden">{hidden.length} more</span>
            <span className="hidden group-open/more:inline">Fewer</span>
          </summary>
          <ul className="flex flex-col">{hidden.map(renderValue)}</ul>
        </details>
      ) : null}
    </>
  );
}
