import { rankMaturityLevel } from "./maturity";
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
 * Counts documents per facet value (documents of one group, such as the
 * versions of a model shown as one result, count once), most frequent first, then by value
 * (maturity levels in their own order, least mature first); a facet keeps
 * its 50 first values. Missing values are not counted.
 */
export function countFacets<T extends FacetedDocument>(
  documents: readonly T[],
  groupOf: (doc: T, index: number) => string = (_doc, index) => String(index),
): Record<FacetKey, FacetValue[]> {
  const counts = Object.fromEntries(
    FACET_KEYS.map((key) => [key, new Map<string, number>()]),
  ) as Record<FacetKey, Map<string, number>>;
  const counted = new Set<string>();
  let group = "";
  const add = (key: FacetKey, value: string | null) => {
    if (value === null || value === "") return;
    const once = `${key}\u0000${value}\u0000${group}`;
    if (counted.has(once)) return;
    counted.add(once);
    counts[key].set(value, (counts[key].get(value) ?? 0) + 1);
  };
  for (const [index, doc] of documents.entries()) {
    group = groupOf(doc, index);
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
        .sort(key === "level" ? compareLevels : compareByCount)
        .slice(0, MAX_VALUES),
    ]),
  ) as Record<FacetKey, FacetValue[]>;
}

function compareByCount(a: FacetValue, b: FacetValue): number {
  return b.count - a.count || a.value.localeCompare(b.value);
}

/** Levels in maturity order; a level the catalog does not know goes last. */
function compareLevels(a: FacetValue, b: FacetValue): number {
  const rank = (value: string) => rankMaturityLevel(value) ?? Infinity;
  return rank(a.value) - rank(b.value) || a.value.localeCompare(b.value);
}
