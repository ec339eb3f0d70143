/**
 * The app's own shapes for dbt artifacts. Parsers adapt every manifest schema
 * version (v4–v12, dbt Core and Fusion) into these; nothing downstream sees
 * dbt's raw JSON.
 */
import type { NodeDetails } from "./node-details";
import type { TestSeverity } from "./test-severity";

export type ArtifactKind =
  "manifest" | "catalog" | "run_results" | "sources" | "semantic_manifest";

export const ARTIFACT_FILE_NAMES: Record<ArtifactKind, string> = {
  manifest: "manifest.json",
  catalog: "catalog.json",
  run_results: "run_results.json",
  sources: "sources.json",
  semantic_manifest: "semantic_manifest.json",
};

export type JsonObject = Record<string, unknown>;

export type RefRecord = {
  name: string;
  package: string | null;
  version: string | null;
};

export type ColumnRecord = {
  name: string;
  description: string;
  /** Declared type from the contract or YAML `data_type`. */
  dataType: string | null;
  constraints: unknown[];
  tags: string[];
  meta: JsonObject;
};

export type TestRecord = {
  attachedUniqueId: string | null;
  columnName: string | null;
  /** Generic test name (unique, not_null, ...); null for singular tests. */
  testName: string | null;
  testNamespace: string | null;
  kwargs: JsonObject;
  /** Null for unit tests, which have none. */
  severity: TestSeverity | null;
};

export type NodeRecord = {
  uniqueId: string;
  resourceType: string;
  name: string;
  packageName: string;
  path: string | null;
  originalFilePath: string | null;
  fqn: string[];
  label: string | null;
  description: string;
  access: string | null;
  groupName: string | null;
  materialized: string | null;
  database: string | null;
  schema: string | null;
  alias: string | null;
  relationName: string | null;
  version: string | null;
  latestVersion: string | null;
  deprecationDate: string | null;
  contractEnforced: boolean;
  constraints: unknown[];
  tags: string[];
  meta: JsonObject;
  config: JsonObject;
  docsShow: boolean;
  language: string | null;
  rawCode: string | null;
  compiledCode: string | null;
  checksum: string | null;
  /** Fields only this resource type has (exposure owner, metric type, ...), normalized. */
  details: NodeDetails;
  columns: ColumnRecord[];
  dependsOn: string[];
  refs: RefRecord[];
  test: TestRecord | null;
};

export type GroupRecord = {
  uniqueId: string;
  name: string;
  ownerName: string | null;
  ownerEmail: string | null;
  description: string | null;
};

export type DocBlockRecord = {
  uniqueId: string;
  name: string;
  packageName: string;
  contents: string;
};

export type ManifestMetadata = {
  /** `metadata.project_name`; absent before dbt 1.6. */
  projectName: string | null;
  /** dbt's md5 of the project name. */
  projectId: string | null;
  dbtVersion: string | null;
  schemaVersion: number;
  adapterType: string | null;
  generatedAt: string | null;
  invocationId: string | null;
};

export type ParsedManifest = {
  metadata: ManifestMetadata;
  nodes: NodeRecord[];
  groups: GroupRecord[];
  docBlocks: DocBlockRecord[];
  macroCount: number;
  disabledCount: number;
  warnings: string[];
};

export type CatalogColumnRecord = {
  name: string;
  type: string | null;
  index: number | null;
  comment: string | null;
};

export type CatalogNodeRecord = {
  uniqueId: string;
  tableType: string | null;
  tableOwner: string | null;
  comment: string | null;
  rowCount: number | null;
  bytes: number | null;
  stats: JsonObject;
  columns: CatalogColumnRecord[];
};

export type ParsedCatalog = {
  generatedAt: string | null;
  invocationId: string | null;
  nodes: CatalogNodeRecord[];
  errors: string[];
};

export type RunResultRecord = {
  uniqueId: string;
  status: string;
  executionTime: number | null;
  failures: number | null;
  message: string | null;
  completedAt: string | null;
  rowsAffected: number | null;
};

export type ParsedRunResults = {
  generatedAt: string | null;
  invocationId: string | null;
  command: string | null;
  results: RunResultRecord[];
};

export type FreshnessRecord = {
  uniqueId: string;
  status: string;
  maxLoadedAt: string | null;
  snapshottedAt: string | null;
  ageSeconds: number | null;
  criteria: JsonObject;
  error: string | null;
};

export type ParsedSources = {
  generatedAt: string | null;
  invocationId: string | null;
  results: FreshnessRecord[];
};

export type SemanticModelRecord = {
  name: string;
  description: string;
  label: string | null;
  details: NodeDetails;
};

export type ParsedSemanticManifest = {
  semanticModels: SemanticModelRecord[];
  metrics: SemanticModelRecord[];
  savedQueries: SemanticModelRecord[];
};

/** Which dbt invocation a result came from: its artifact's metadata. */
export type ArtifactOrigin = {
  generatedAt: string | null;
  invocationId: string | null;
};

/** A result together with the invocation that recorded it. */
export type Recorded<T> = T & { origin: ArtifactOrigin };

/** Everything one ingest of one project brings, parsed. */
export type ArtifactSet = {
  manifest: ParsedManifest;
  catalog: ParsedCatalog | null;
  runResults: ParsedRunResults | null;
  /** Further run_results.json of the same ingest (subsets run one after another). */
  moreRunResults?: ParsedRunResults[];
  sources: ParsedSources | null;
  semanticManifest: ParsedSemanticManifest | null;
};
