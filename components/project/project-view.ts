import { z } from "zod";
import {
  RESOURCE_TYPES,
  type ResourceType,
} from "@/components/ui/resource-type";
import {
  NO_FILTER,
  NODE_SORTS,
  type NodeListFilter,
  type NodeListSort,
} from "@/lib/db/queries/project-nodes";

/** Nodes per page of a project's list: light HTML even for 20k-node projects. */
export const NODE_PAGE_SIZE = 25;

/** The `?type=` value of a resource type; types the catalog does not know share `other`. */
export function toTypeParam(type: ResourceType): string {
  return type === "unknown" ? "other" : type;
}

const TYPE_PARAMS = new Map(
  RESOURCE_TYPES.map((type) => [toTypeParam(type), type] as const),
);

/** The URL parameter of each filter of the list. */
export const FILTER_PARAMS = {
  text: "q",
  folder: "folder",
  tag: "tag",
  access: "access",
  materialized: "materialized",
  level: "level",
  group: "group",
} as const satisfies Record<keyof NodeListFilter, string>;

/** Longest text filter kept: a search box, not a document. */
const MAX_TEXT = 200;

const firstValue = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (Array.isArray(value) ? value[0] : value));

const filterValue = firstValue.transform((value) => {
  const trimmed = value?.trim().slice(0, MAX_TEXT) ?? "";
  return trimmed === "" ? null : trimmed;
});

const viewSchema = z.object({
  type: firstValue.transform(
    (value): ResourceType =>
      (value === undefined ? undefined : TYPE_PARAMS.get(value)) ?? "model",
  ),
  page: firstValue.transform((value) => {
    const page = Number(value);
    return Number.isSafeInteger(page) && page >= 1 ? page : 1;
  }),
  sort: firstValue.transform((value): NodeListSort | undefined =>
    NODE_SORTS.find((s) => s === value && s !== "grouped"),
  ),
  ...Object.fromEntries(
    Object.values(FILTER_PARAMS).map((param) => [param, filterValue]),
  ),
});

export type ProjectView = {
  type: ResourceType;
  page: number;
  /** Set only when some filter is. */
  filter?: NodeListFilter;
  /** Set only when not the grouped order. */
  sort?: NodeListSort;
};

/**
 * Reads which list a project page shows from its search params: the type,
 * the page, the filters and the order. Anything it cannot use falls back to
 * the default (the first page of models, unfiltered, grouped) rather than
 * failing: the URL is shareable state, not an API.
 */
export function parseProjectView(
  searchParams: Record<string, string | string[] | undefined>,
): ProjectView {
  const parsed = viewSchema.parse(searchParams) as Record<string, unknown> & {
    type: ResourceType;
    page: number;
    sort: NodeListSort | undefined;
  };
  const filter = Object.fromEntries(
    Object.entries(FILTER_PARAMS).map(([key, param]) => [
      key,
      (parsed[param] as string | null | undefined) ?? null,
    ]),
  ) as NodeListFilter;
  const isFiltered = Object.values(filter).some((value) => value !== null);
  return {
    type: parsed.type,
    page: parsed.page,
    filter: isFiltered ? filter : undefined,
    sort: parsed.sort,
  };
}

/** The search string of a view; the default type, page, filters and order are left out. */
export function toViewQuery(view: ProjectView): string {
  const params = new URLSearchParams();
  if (view.type !== "model") params.set("type", toTypeParam(view.type));
  for (const [key, param] of Object.entries(FILTER_PARAMS)) {
    const value = (view.filter ?? NO_FILTER)[key as keyof NodeListFilter];
    if (value !== null) params.set(param, value);
  }
  if (view.sort !== undefined && view.sort !== "grouped")
    params.set("sort", view.sort);
  if (view.page > 1) params.set("page", String(view.page));
  const query = params.toString();
  return query === "" ? "" : `?${query}`;
}
