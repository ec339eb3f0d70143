import type {
  CrossProjectRef,
  MeshFacts,
  MeshModel,
  MeshSource,
} from "@/lib/governance/types";

/** Facts of a mesh with nothing in it; tests add what their drawing shows. */
export function emptyFacts(overrides: Partial<MeshFacts> = {}): MeshFacts {
  return {
    projects: [],
    models: [],
    sources: [],
    refs: [],
    dependencies: [],
    cycleEdges: [],
    failedTests: [],
    ...overrides,
  };
}

/** `model("finance", "fct_revenue", {...})`: a public, owned, contracted model unless told otherwise. */
export function model(
  project: string,
  name: string,
  overrides: Partial<MeshModel> = {},
): MeshModel {
  const version = overrides.version ?? null;
  return {
    project,
    uniqueId: `model.${project}.${name}${version === null ? "" : `.v${version}`}`,
    name,
    resourceType: "model",
    access: "public",
    version: null,
    latestVersion: null,
    deprecationDate: null,
    contractEnforced: true,
    materialized: "table",
    database: "analytics",
    schema: project,
    identifier: name,
    meta: {},
    group: {
      name: `${project}_team`,
      ownerName: `${project} team`,
      ownerEmail: null,
    },
    ...overrides,
  };
}

/** `source("marketing", "crm", "orders", {...})`: a source reading analytics.raw.<table> unless told otherwise. */
export function source(
  project: string,
  sourceName: string,
  table: string,
  overrides: Partial<MeshSource> = {},
): MeshSource {
  return {
    project,
    uniqueId: `source.${project}.${sourceName}.${table}`,
    name: `${sourceName}.${table}`,
    database: "analytics",
    schema: "raw",
    identifier: table,
    ...overrides,
  };
}

/** A cross-project ref from a node of `project` to `parent` (null: unresolved). */
export function ref(
  project: string,
  child: string,
  parent: MeshModel,
  pinnedVersion: string | null = null,
): CrossProjectRef {
  return {
    project,
    childUniqueId: `model.${project}.${child}`,
    parentProject: parent.project,
    parentName: parent.name,
    pinnedVersion,
    parent,
  };
}
