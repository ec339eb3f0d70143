import {
  ARTIFACT_FILE_NAMES,
  type NodeRecord,
  type ParsedSemanticManifest,
  type SemanticModelRecord,
} from "@/lib/artifacts/types";

const KINDS = [
  { key: "semanticModels", resourceType: "semantic_model" },
  { key: "metrics", resourceType: "metric" },
  { key: "savedQueries", resourceType: "saved_query" },
] as const;

/**
 * Adds the semantic models, metrics and saved queries that only
 * semantic_manifest.json describes (manifests before v10 have none) to the
 * manifest's nodes. Resources the manifest already has are left as they are.
 */
export function mergeSemanticManifest(
  nodes: NodeRecord[],
  semantic: ParsedSemanticManifest | null,
  projectName: string,
): NodeRecord[] {
  if (!semantic) return nodes;
  const present = new Set(nodes.map((n) => `${n.resourceType}:${n.name}`));
  const added: NodeRecord[] = [];
  for (const { key, resourceType } of KINDS) {
    for (const record of semantic[key]) {
      if (present.has(`${resourceType}:${record.name}`)) continue;
      present.add(`${resourceType}:${record.name}`);
      added.push(toNode(record, resourceType, projectName));
    }
  }
  return added.length === 0 ? nodes : [...nodes, ...added];
}

function toNode(
  record: SemanticModelRecord,
  resourceType: string,
  projectName: string,
): NodeRecord {
  return {
    uniqueId: `${resourceType}.${projectName}.${record.name}`,
    resourceType,
    name: record.name,
    packageName: projectName,
    path: ARTIFACT_FILE_NAMES.semantic_manifest,
    originalFilePath: ARTIFACT_FILE_NAMES.semantic_manifest,
    fqn: [projectName, record.name],
    label: record.label,
    description: record.description,
    access: null,
    groupName: null,
    materialized: null,
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
    language: null,
    rawCode: null,
    compiledCode: null,
    checksum: null,
    details: record.details,
    columns: [],
    dependsOn: [],
    refs: [],
    test: null,
  };
}
