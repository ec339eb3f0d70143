import { z } from "zod";
import {
  RESOURCE_TYPES,
  type ResourceType,
} from "@/components/ui/resource-type";

/** Nodes per page of a project's list: light HTML even for 20k-node projects. */
export const NODE_PAGE_SIZE = 25;

/** The `?type=` value of a resource type; types the catalog does not know share `other`. */
export function toTypeParam(type: ResourceType): string {
  return type === "unknown" ? "other" : type;
}

const TYPE_PARAMS = new Map(
  RESOURCE_TYPES.map((type) => [toTypeParam(type), type] as const),
);

const firstValue = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (Array.isArray(value) ? value[0] : value));

const viewSchema = z.object({
  type: firstValue.transform(
    (value): ResourceType =>
      (value === undefined ? undefined : TYPE_PARAMS.get(value)) ?? "model",
  ),
  page: firstValue.transform((value) => {
    const page = Number(value);
    return Number.isSafeInteger(page) && page >= 1 ? page : 1;
  }),
});

export type ProjectView = { type: ResourceType; page: number };

/**
 * Reads which list a project page shows from its search params. Anything it
 * cannot use falls back to the first page of models rather than failing:
 * the URL is shareable state, not an API.
 */
export function parseProjectView(
  searchParams: Record<string, string | string[] | undefined>,
): ProjectView {
  return viewSchema.parse(searchParams);
}

/** The search string of a view; the default type and page are left out. */
export function toViewQuery(view: ProjectView): string {
  const params = new URLSearchParams();
  if (view.type !== "model") params.set("type", toTypeParam(view.type));
  if (view.page > 1) params.set("page", String(view.page));
  const query = params.toString();
  return query === "" ? "" : `?${query}`;
}
