import { Search, X } from "lucide-react";
import Link from "next/link";
import { getButtonClasses } from "@/components/ui/button";
import { GetForm } from "@/components/ui/get-form";
import type {
  NodeListFacets,
  NodeListFilter,
  NodeListSort,
} from "@/lib/db/queries/project-nodes";
import { NO_FILTER } from "@/lib/db/queries/project-nodes";
import type { PolicyLevel } from "@/lib/score/policy-types";
import { FILTER_PARAMS, toTypeParam, type ProjectView } from "./project-view";

const FIELD =
  "h-8 min-w-0 rounded-md border border-border-strong bg-surface px-2 text-[13px] text-fg shadow-xs";

const SORT_LABELS: Record<NodeListSort, string> = {
  grouped: "Grouped",
  name: "Name",
  score: "Score",
};

function FacetSelect({
  label,
  param,
  values,
  current,
  format = (value) => value,
}: {
  label: string;
  param: string;
  values: readonly string[];
  current: string | null;
  format?: (value: string) => string;
}) {
  // A value in the URL that the list no longer has stays selectable, so the filter shows.
  const options =
    current !== null && !values.includes(current)
      ? [current, ...values]
      : values;
  if (options.length === 0) return null;
  return (
    <label className="flex min-w-0 flex-col gap-1 text-xs font-medium text-fg-muted">
      {label}
      <select name={param} defaultValue={current ?? ""} className={FIELD}>
        <option value="">Any</option>
        {options.map((value) => (
          <option key={value} value={value}>
            {format(value)}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * Narrows a project's list in place: text, folder, tag, access, level,
 * materialization, group, and the order. A GET form: the state lives in
 * the URL (shareable, the back button undoes it) and it works before any
 * script loads.
 */
export function NodeFilters({
  base,
  view,
  facets,
  levels,
  noun,
}: {
  /** The project page's path. */
  base: string;
  view: ProjectView;
  facets: NodeListFacets;
  /** The policy's levels, lowest first: the order the level filter lists them in. */
  levels: readonly PolicyLevel[];
  noun: string;
}) {
  const filter: NodeListFilter = view.filter ?? NO_FILTER;
  const order = levels.map((l) => l.id);
  const byLevel = [...facets.levels].sort(
    (a, b) => order.indexOf(a) - order.indexOf(b),
  );
  const titleOf = (id: string) => levels.find((l) => l.id === id)?.title ?? id;
  const clearHref =
    view.type === "model" ? base : `${base}?type=${toTypeParam(view.type)}`;
  return (
    <GetForm
      action={base}
      role="search"
      aria-label={`Filter ${noun}`}
      className="flex flex-col gap-3 rounded-lg border border-border bg-surface-sunken/50 p-3"
    >
      {view.type === "model" ? null : (
        <input type="hidden" name="type" value={toTypeParam(view.type)} />
      )}
      <div className="flex flex-wrap items-end gap-2">
        <label className="flex min-w-48 flex-1 flex-col gap-1 text-xs font-medium text-fg-muted">
          Name or description
          <span className="relative">
            <Search
              aria-hidden
              className="pointer-events-none absolute top-1/2 left-2 size-3.5 -translate-y-1/2 text-fg-subtle"
            />
            <input
              type="search"
              name={FILTER_PARAMS.text}
              defaultValue={filter.text ?? ""}
              placeholder={`Filter ${noun}…`}
              className={`${FIELD} w-full pl-7`}
            />
          </span>
        </label>
        <label className="flex flex-col gap-1 text-xs font-medium text-fg-muted">
          Order
          <select
            name="sort"
            defaultValue={view.sort ?? "grouped"}
            className={FIELD}
          >
            {(Object.keys(SORT_LABELS) as NodeListSort[])
              .filter((sort) => sort !== "score" || facets.levels.length > 0)
              .map((sort) => (
                <option key={sort} value={sort}>
                  {SORT_LABELS[sort]}
                </option>
              ))}
          </select>
        </label>
      </div>
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-3 xl:grid-cols-6">
        <FacetSelect
          label="Folder"
          param={FILTER_PARAMS.folder}
          values={facets.folders}
          current={filter.folder}
        />
        <FacetSelect
          label="Tag"
          param={FILTER_PARAMS.tag}
          values={facets.tags}
          current={filter.tag}
        />
        <FacetSelect
          label="Access"
          param={FILTER_PARAMS.access}
          values={facets.access}
          current={filter.access}
        />
        <FacetSelect
          label="Maturity"
          param={FILTER_PARAMS.level}
          values={byLevel}
          current={filter.level}
          format={titleOf}
        />
        <FacetSelect
          label="Materialized"
          param={FILTER_PARAMS.materialized}
          values={facets.materialized}
          current={filter.materialized}
        />
        <FacetSelect
          label="Group"
          param={FILTER_PARAMS.group}
          values={facets.groups}
          current={filter.group}
        />
      </div>
      <div className="flex items-center gap-2">
        <button type="submit" className={getButtonClasses({ size: "sm" })}>
          Apply
        </button>
        {view.filter || view.sort ? (
          <Link
            href={clearHref}
            className={getButtonClasses({ variant: "ghost", size: "sm" })}
          >
            <X aria-hidden className="size-3.5" />
            Clear filters
          </Link>
        ) : null}
      </div>
    </GetForm>
  );
}
