import { z } from "zod";

/*
 * The manifest fields the catalog reads, across schema versions v4–v12 and dbt
 * Fusion. Only these are validated; every other field is tolerated and dropped.
 * Almost everything is nullish: versions add, rename and null out fields.
 */

const text = z.string().nullish();
const flag = z.boolean().nullish();
const strings = z.array(z.string()).nullish();
const jsonObject = z.record(z.string(), z.unknown());
const versionValue = z.union([z.string(), z.number()]).nullish();

const ref = z.union([
  z.object({ name: z.string(), package: text, version: versionValue }),
  z.array(z.string()),
]);

const column = z.object({
  name: text,
  description: text,
  data_type: text,
  constraints: z.array(z.unknown()).nullish(),
  tags: strings,
  meta: jsonObject.nullish(),
  config: z.object({ meta: jsonObject.nullish(), tags: strings }).nullish(),
});

const config = z
  .looseObject({
    materialized: text,
    access: text,
    group: text,
    severity: text,
    meta: jsonObject.nullish(),
    docs: z.object({ show: flag }).nullish(),
    contract: z.object({ enforced: flag }).nullish(),
  })
  .nullish();

const owner = z
  .object({
    name: text,
    email: z.union([z.string(), z.array(z.string())]).nullish(),
  })
  .nullish();

/** A node of any resource type: what they share, plus each type's own fields. */
export const manifestNodeSchema = z.object({
  unique_id: z.string(),
  resource_type: z.string(),
  name: z.string(),
  package_name: z.string(),
  path: text,
  original_file_path: text,
  fqn: strings,
  label: text,
  description: text,
  access: text,
  group: text,
  database: text,
  schema: text,
  alias: text,
  identifier: text,
  relation_name: text,
  version: versionValue,
  latest_version: versionValue,
  deprecation_date: text,
  contract: z.object({ enforced: flag }).nullish(),
  constraints: z.array(z.unknown()).nullish(),
  tags: strings,
  meta: jsonObject.nullish(),
  config,
  docs: z.object({ show: flag }).nullish(),
  language: text,
  raw_code: text,
  raw_sql: text,
  compiled_code: text,
  compiled_sql: text,
  // an object on most nodes, a bare string on unit tests
  checksum: z.union([z.object({ checksum: text }), z.string()]).nullish(),
  columns: z.record(z.string(), column).nullish(),
  depends_on: z.object({ nodes: strings }).nullish(),
  refs: z.array(ref).nullish(),
  // tests
  test_metadata: z
    .object({ name: text, namespace: text, kwargs: jsonObject.nullish() })
    .nullish(),
  column_name: text,
  attached_node: text,
  // unit tests
  model: text,
  // sources
  source_name: text,
  source_description: text,
  loader: text,
  loaded_at_field: text,
  freshness: jsonObject.nullish(),
  // exposures
  type: text,
  owner,
  url: text,
  maturity: text,
});

export type ManifestNode = z.infer<typeof manifestNodeSchema>;

const nodeMap = z.record(z.string(), manifestNodeSchema);

/**
 * Semantic-layer resources keep many fields the catalog shows verbatim
 * (entities, measures, type params); those pass through as JSON.
 */
const semanticNode = manifestNodeSchema.extend({
  entities: z.array(z.unknown()).nullish(),
  dimensions: z.array(z.unknown()).nullish(),
  measures: z.array(z.unknown()).nullish(),
  primary_entity: text,
  type_params: jsonObject.nullish(),
  filter: z.unknown().optional(),
  calculation_method: text,
  expression: text,
  query_params: jsonObject.nullish(),
  exports: z.array(z.unknown()).nullish(),
  model: text,
  given: z.array(z.unknown()).nullish(),
  expect: jsonObject.nullish(),
});

export type ManifestSemanticNode = z.infer<typeof semanticNode>;

const group = z.object({
  unique_id: text,
  name: z.string(),
  description: text,
  owner: owner,
});

const docBlock = z.object({
  unique_id: text,
  name: z.string(),
  package_name: text,
  block_contents: z.string(),
});

export const manifestSchema = z.object({
  metadata: z.object({
    dbt_schema_version: z.string(),
    dbt_version: text,
    project_name: text,
    project_id: text,
    adapter_type: text,
    generated_at: text,
    invocation_id: text,
  }),
  nodes: nodeMap,
  sources: nodeMap.nullish(),
  exposures: nodeMap.nullish(),
  metrics: z.record(z.string(), semanticNode).nullish(),
  semantic_models: z.record(z.string(), semanticNode).nullish(),
  saved_queries: z.record(z.string(), semanticNode).nullish(),
  unit_tests: z.record(z.string(), semanticNode).nullish(),
  functions: nodeMap.nullish(),
  groups: z.record(z.string(), group).nullish(),
  docs: z.record(z.string(), docBlock).nullish(),
  macros: z.record(z.string(), z.unknown()).nullish(),
  disabled: z.record(z.string(), z.unknown()).nullish(),
});

export type RawManifest = z.infer<typeof manifestSchema>;
