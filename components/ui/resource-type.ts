import {
  RESOURCE_TYPES as KNOWN_RESOURCE_TYPES,
  toResourceType as toKnownResourceType,
  type ResourceType as KnownResourceType,
} from "@/lib/artifacts/resource-types";

/** Known types pages show together under "Other", with the ones dbt adds later. */
const OTHER_TYPES = [
  "operation",
  "sql_operation",
  "function",
] as const satisfies readonly KnownResourceType[];

type ShownType = Exclude<KnownResourceType, (typeof OTHER_TYPES)[number]>;

export type ResourceType = ShownType | "unknown";

function isShown(type: KnownResourceType): type is ShownType {
  return !(OTHER_TYPES as readonly string[]).includes(type);
}

/** The resource types pages show under their own name, in the order dbt users know them, then "Other". */
export const RESOURCE_TYPES: readonly ResourceType[] = [
  ...KNOWN_RESOURCE_TYPES.filter(isShown),
  "unknown",
];

/** Narrows a stored `resource_type` string; any type not shown by name falls back to `unknown`. */
export function toResourceType(value: string): ResourceType {
  const known = toKnownResourceType(value);
  return known !== null && isShown(known) ? known : "unknown";
}

const LABELS: Record<ResourceType, string> = {
  model: "Model",
  seed: "Seed",
  snapshot: "Snapshot",
  source: "Source",
  exposure: "Exposure",
  metric: "Metric",
  semantic_model: "Semantic model",
  saved_query: "Saved query",
  test: "Data test",
  unit_test: "Unit test",
  analysis: "Analysis",
  unknown: "Other",
};

/** Human label of a resource type, e.g. `semantic_model` → "Semantic model". */
export function getResourceTypeLabel(type: ResourceType): string {
  return LABELS[type];
}

const PLURAL_LABELS: Record<ResourceType, string> = {
  model: "Models",
  seed: "Seeds",
  snapshot: "Snapshots",
  source: "Sources",
  exposure: "Exposures",
  metric: "Metrics",
  semantic_model: "Semantic models",
  saved_query: "Saved queries",
  test: "Data tests",
  unit_test: "Unit tests",
  analysis: "Analyses",
  unknown: "Other",
};

/** Label of a list of nodes of one type, e.g. `analysis` → "Analyses". */
export function getResourceTypePluralLabel(type: ResourceType): string {
  return PLURAL_LABELS[type];
}
