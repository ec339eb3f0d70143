/**
 * Which resource types a lineage view shows. Tests and macros would bury the
 * models (a model usually has several tests), so they are hidden unless asked
 * for by name.
 */
import { TEST_TYPES } from "@/lib/artifacts/resource-types";

export const HIDDEN_BY_DEFAULT: readonly string[] = [...TEST_TYPES, "macro"];

/** The resource types to show: `include` lists them, or everything but `exclude`. */
export type TypeFilter = {
  include: readonly string[] | null;
  exclude: readonly string[];
};

export const DEFAULT_TYPE_FILTER: TypeFilter = {
  include: null,
  exclude: HIDDEN_BY_DEFAULT,
};

/**
 * Builds the filter for a `types=` list: the listed types only, or the
 * default (all but tests and macros) when the list is absent or empty.
 */
export function toTypeFilter(types: readonly string[] | null): TypeFilter {
  if (types === null || types.length === 0) return DEFAULT_TYPE_FILTER;
  return { include: [...new Set(types)], exclude: [] };
}

/** Whether a node of this resource type is shown under the filter. */
export function isTypeShown(filter: TypeFilter, resourceType: string): boolean {
  if (filter.exclude.includes(resourceType)) return false;
  return filter.include === null || filter.include.includes(resourceType);
}
