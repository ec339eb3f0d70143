/**
 * What the open-standard documents (ODCS, ODPS) are built from: the catalog's
 * own typed view of a model, its project and its score. Plain data, so the
 * documents are pure functions of what the pages show.
 */

/** A test and its latest result. */
export type QualityTest = {
  uniqueId: string;
  name: string;
  resourceType: string;
  /** The generic test's name (`not_null`, `unique`, `accepted_values`), null for singular ones. */
  testName: string | null;
  /** `warn` or `error`; null for unit tests. */
  severity: string | null;
  /** Latest status (`pass`, `fail`, ...), null when no run result was uploaded. */
  status: string | null;
  completedAt: string | null;
};

export type ContractColumn = {
  name: string;
  description: string;
  dataType: string | null;
  catalogType: string | null;
  constraints: readonly unknown[];
  tags: readonly string[];
  tests: readonly QualityTest[];
};

export type ContractModel = {
  uniqueId: string;
  name: string;
  description: string;
  access: string | null;
  materialized: string | null;
  database: string | null;
  schema: string | null;
  alias: string | null;
  relationName: string | null;
  version: string | null;
  latestVersion: string | null;
  deprecationDate: string | null;
  contractEnforced: boolean;
  constraints: readonly unknown[];
  tags: readonly string[];
  columns: readonly ContractColumn[];
  tests: readonly QualityTest[];
};

export type ContractProject = {
  name: string;
  /** dbt's adapter (`snowflake`, `bigquery`, ...), null when the manifest does not say. */
  adapterType: string | null;
  /** When dbt wrote the artifacts; null when unknown. */
  generatedAt: string | null;
};

/** The SLA a model declares, as the freshness rule reads it. */
export type ContractSla = {
  origin: string;
  value: string;
  seconds: number | null;
};

/** Everything one model's contract is built from. */
export type ContractInput = {
  project: ContractProject;
  model: ContractModel;
  group: {
    name: string;
    ownerName: string | null;
    ownerEmail: string | null;
  } | null;
  /** Owners as the maturity rule reads them, each once. */
  owners: readonly string[];
  sla: ContractSla | null;
  /** The upstream sources' freshness criteria in words, by source. */
  sourceFreshness: readonly { name: string; criteria: string | null }[];
  maturity: { level: string | null; score: number } | null;
};

/** A version of a product, with the contract input of that version. */
export type ProductVersion = {
  version: string | null;
  isLatest: boolean;
  contract: ContractInput;
};
