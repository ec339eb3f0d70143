import {
  getResourceTraits,
  RESOURCE_TYPES,
  type ResourceType,
} from "@/lib/artifacts/resource-types";

/**
 * The resource types the diff compares: relations and what consumes them
 * (models, seeds, snapshots, sources, exposures, metrics, ...), not tests or
 * operations. The stored side is read with this same list.
 */
export const DIFFABLE_TYPES: readonly ResourceType[] = RESOURCE_TYPES.filter(
  (type) => {
    const traits = getResourceTraits(type);
    return !traits.isTest && (traits.isRelation || traits.isConsumer);
  },
);

/** Whether the diff compares a node: the project's own package, a diffable type. */
export function isCompared(
  node: { packageName: string; resourceType: string },
  project: string,
): boolean {
  return (
    node.packageName === project &&
    (DIFFABLE_TYPES as readonly string[]).includes(node.resourceType)
  );
}
