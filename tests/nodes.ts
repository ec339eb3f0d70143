import { emptyNodeDetails } from "@/lib/artifacts/details/stored";
import type {
  ArtifactSet,
  NodeRecord,
  ParsedManifest,
} from "@/lib/artifacts/types";

/** A minimal model node; `overrides` set what a test cares about. */
export function makeNode(
  uniqueId: string,
  overrides: Partial<NodeRecord> = {},
): NodeRecord {
  const [resourceType = "model", packageName = "", ...rest] =
    uniqueId.split(".");
  return {
    uniqueId,
    resourceType,
    name: rest[0] ?? uniqueId,
    packageName,
    path: `models/${rest.join("/")}.sql`,
    originalFilePath: `models/${rest.join("/")}.sql`,
    fqn: [packageName, ...rest],
    label: null,
    description: "",
    access: null,
    groupName: null,
    materialized: "table",
    database: null,
    schema: null,
    alias: null,
    relationName: null,
    version: null,
    latestVersion: null,
    deprecationDate: null,
    contractEnforced: false,
    constraints: [],
    tags: [],
    meta: {},
    config: {},
    docsShow: true,
    language: "sql",
    rawCode: null,
    compiledCode: null,
    checksum: null,
    details: emptyNodeDetails(overrides.resourceType ?? resourceType),
    columns: [],
    dependsOn: [],
    refs: [],
    test: null,
    ...overrides,
  };
}

/** A copy of another project's public model as dbt-loom injects it: no file of its own. */
export function makeInjected(
  uniqueId: string,
  overrides: Partial<NodeRecord> = {},
): NodeRecord {
  return makeNode(uniqueId, {
    path: "",
    originalFilePath: "",
    access: "public",
    ...overrides,
  });
}

export function makeArtifacts(
  projectName: string,
  nodes: NodeRecord[],
  extra: Partial<ArtifactSet> = {},
): ArtifactSet {
  const manifest: ParsedManifest = {
    metadata: {
      projectName,
      projectId: null,
      dbtVersion: "1.10.0",
      schemaVersion: 12,
      adapterType: "postgres",
      generatedAt: null,
      invocationId: null,
    },
    nodes,
    groups: [],
    docBlocks: [],
    macroCount: 0,
    disabledCount: 0,
    warnings: [],
  };
  return {
    manifest,
    catalog: null,
    runResults: null,
    sources: null,
    semanticManifest: null,
    ...extra,
  };
}
