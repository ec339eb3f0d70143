import {
  RESOURCE_TYPES,
  type ResourceType,
} from "@/components/ui/resource-type";
import type { ResourceTypeFilter } from "@/lib/db/queries/project-nodes";

const KNOWN_TYPES: readonly string[] = RESOURCE_TYPES.filter(
  (type) => type !== "unknown",
);

/** The stored resource types a tab lists: its own, or for "other" every type the catalog does not know. */
export function toResourceTypeFilter(type: ResourceType): ResourceTypeFilter {
  return type === "unknown" ? { notIn: KNOWN_TYPES } : type;
}
