import { FACET_KEYS, type FacetKey } from "./query";

export type FacetValue = { value: string; count: number };

/** A document's values for each facet (owners and tags have several). */
export type FacetedDocument = {
  project: string;
  resourceType: string;
  access: string | null;
  level: string | null;
  owners: readonly string[];
  tags: readonly string[];
  materialized: string | null;
};

const MAX_VALUES = 50;

/**
 * Counts documents per facet value, most frequent first, then by value; a
 * facet keeps its 50 most frequent values. Missing values are not counted.
 */
export function countFacets(
  documents: readonly FacetedDocument[],
): Record<FacetKey, FacetValue[]> {
  const counts = Object.fromEntries(
    FACET_KEYS.map((key) => [key, new Map<string, number>()]),
  ) as Record<FacetKey, Map<string, number>>;
  const add = (key: FacetKey, value: string | null) => {
    if (value !== null && value !== "")
      counts[key].set(value, (counts[key].get(value) ?? 0) + 1);
  };
  for (const doc of documents) {
    add("project", doc.project);
    add("type", doc.resourceType);
    add("access", doc.access);
    add("level", doc.level);
    add("materialized", doc.materialized);
    for (const owner of new Set(doc.owners)) add("owner", owner);
    for (const tag of new Set(doc.tags)) add("tag", tag);
  }
  return Object.fromEntries(
    FACET_KEYS.map((key) => [
      key,
      [...counts[key]]
        .map(([value, count]) => ({ value, count }))
        .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
        .slice(0, MAX_VALUES),
    ]),
  ) as Record<FacetKey, FacetValue[]>;
}
