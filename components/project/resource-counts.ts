import {
  RESOURCE_TYPES,
  toResourceType,
  type ResourceType,
} from "@/components/ui/resource-type";

export type ResourceCount = {
  type: ResourceType;
  count: number;
  /** The stored resource types counted here: several for `unknown` ("other"). */
  storedTypes: string[];
};

/**
 * A project's node counts in the catalog's order of resource types (models
 * first, tests late), types dbt added after this catalog folded into "other",
 * empty types left out.
 */
export function orderResourceCounts(
  counts: Readonly<Record<string, number>>,
): ResourceCount[] {
  const byType = new Map<ResourceType, ResourceCount>();
  for (const [stored, count] of Object.entries(counts)) {
    if (!Number.isFinite(count) || count <= 0) continue;
    const type = toResourceType(stored);
    const entry = byType.get(type) ?? { type, count: 0, storedTypes: [] };
    entry.count += count;
    entry.storedTypes.push(stored);
    byType.set(type, entry);
  }
  return RESOURCE_TYPES.flatMap((type) => {
    const entry = byType.get(type);
    return entry ? [{ ...entry, storedTypes: entry.storedTypes.sort() }] : [];
  });
}
