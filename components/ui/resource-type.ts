/** dbt resource types the catalog knows how to show; anything else is `unknown`. */
export const RESOURCE_TYPES = [
  "model",
  "seed",
  "snapshot",
  "source",
  "exposure",
  "metric",
  "semantic_model",
  "saved_query",
  "test",
  "unit_test",
  "analysis",
  "unknown",
] as const;

export type ResourceType = (typeof RESOURCE_TYPES)[number];

/** Narrows a stored `resource_type` string; types dbt adds later fall back to `unknown`. */
export function toResourceType(value: string): ResourceType {
  return (RESOURCE_TYPES as readonly string[]).includes(value)
    ? (value as ResourceType)
    : "unknown";
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
