/**
 * The resource types of a dbt manifest and what each one is to the catalog.
 * Every set of types used anywhere (TypeScript or SQL) is derived here from
 * one exhaustive switch, so a new resource type forces a decision once.
 */

/** Resource types the catalog knows; anything else is stored as it came. */
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
  "operation",
  "sql_operation",
  "function",
] as const;

export type ResourceType = (typeof RESOURCE_TYPES)[number];

export type ResourceTraits = {
  /** A relation in the warehouse an analyst can select from and join. */
  isRelation: boolean;
  /** What a `ref()` can point at, in its own project or another. */
  isReferable: boolean;
  /** Checks a node rather than using it (a data or unit test). */
  isTest: boolean;
  /**
   * Uses the nodes it depends on: its owner must hear before they change. An
   * analysis counts: it is SQL in the repository that refs the node and breaks
   * with it, though dbt never builds it.
   */
  isConsumer: boolean;
};

const NONE: ResourceTraits = {
  isRelation: false,
  isReferable: false,
  isTest: false,
  isConsumer: false,
};

/** What a resource type is, decided once per type. */
export function getResourceTraits(type: ResourceType): ResourceTraits {
  switch (type) {
    case "model":
    case "snapshot":
      return { ...NONE, isRelation: true, isReferable: true, isConsumer: true };
    case "seed":
      return { ...NONE, isRelation: true, isReferable: true };
    case "source":
      return { ...NONE, isRelation: true };
    case "test":
    case "unit_test":
      return { ...NONE, isTest: true };
    case "exposure":
    case "metric":
    case "semantic_model":
    case "saved_query":
    case "analysis":
      return { ...NONE, isConsumer: true };
    case "operation":
    case "sql_operation":
    case "function":
      return NONE;
  }
}

/** Narrows a stored resource type; null for one this catalog does not know. */
export function toResourceType(value: string): ResourceType | null {
  return (RESOURCE_TYPES as readonly string[]).includes(value)
    ? (value as ResourceType)
    : null;
}

// Looked up per node and per edge at ingest: decided once per type, here.
const TRAITS = new Map<string, ResourceTraits>(
  RESOURCE_TYPES.map((type) => [type, getResourceTraits(type)]),
);

/** Whether a stored resource type (known or not) has a trait; unknown types have none. */
export function hasTrait(value: string, trait: keyof ResourceTraits): boolean {
  return TRAITS.get(value)?.[trait] ?? false;
}

function typesWith(trait: keyof ResourceTraits): readonly ResourceType[] {
  return RESOURCE_TYPES.filter((type) => getResourceTraits(type)[trait]);
}

/** model, seed, snapshot, source. */
export const RELATION_TYPES = typesWith("isRelation");
/** Materializations that build no relation in the warehouse. */
export const NO_RELATION_MATERIALIZATIONS = ["ephemeral"] as const;
/** model, seed, snapshot: what a (two-argument) ref resolves to. */
export const REFERABLE_TYPES = typesWith("isReferable");
/** test, unit_test: hidden by default in search and lineage. */
export const TEST_TYPES = typesWith("isTest");
/** The children that count as using a node (see ResourceTraits.isConsumer). */
export const CONSUMER_TYPES = typesWith("isConsumer");

/** Whether a node of this resource type is a data or unit test. */
export function isTestType(value: string): boolean {
  return hasTrait(value, "isTest");
}
