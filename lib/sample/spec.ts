/**
 * The declarative description of a dbt project that the builders turn into
 * artifacts. The realistic sample and the synthetic scale-up both write
 * specs; only the builders know dbt's JSON shapes.
 */
import type { JsonValue } from "./serialize";
import type { LoomSpec } from "./spec-loom";
import type {
  MetricSpec,
  SavedQuerySpec,
  SemanticModelSpec,
} from "./spec-semantic";

export type { ExternalModelSpec, LoomSpec } from "./spec-loom";
export type {
  MetricSpec,
  SavedQuerySpec,
  SemanticModelSpec,
} from "./spec-semantic";

export type Meta = Record<string, JsonValue>;
export type Access = "private" | "protected" | "public";
export type Materialization = "view" | "table" | "incremental" | "ephemeral";
export type Severity = "warn" | "error";
export type Period = "minute" | "hour" | "day";

/** A warehouse-neutral column type; adapters map it to their own names. */
export type ColumnType =
  | "id"
  | "text"
  | "integer"
  | "money"
  | "float"
  | "boolean"
  | "date"
  | "timestamp"
  | "json";

/** `ref()` arguments as written in SQL or YAML. */
export type RefTarget = { project?: string; name: string; version?: number };

type TestOptions = {
  severity?: Severity;
  /** Rows returned in the sample run; 0 or absent passes. */
  failures?: number;
  where?: string;
};

export type TestSpec =
  | ({ kind: "unique" } & TestOptions)
  | ({ kind: "not_null" } & TestOptions)
  | ({ kind: "accepted_values"; values: string[] } & TestOptions)
  | ({ kind: "relationships"; to: RefTarget; field: string } & TestOptions);

export type ColumnConstraint =
  | { type: "not_null" }
  | { type: "unique" }
  | { type: "primary_key" }
  | { type: "check"; expression: string }
  | { type: "foreign_key"; to: RefTarget; toColumn: string };

export type ColumnSpec = {
  name: string;
  type: ColumnType;
  description?: string;
  /** A doc block whose rendered contents become the description. */
  doc?: string;
  tests?: TestSpec[];
  constraints?: ColumnConstraint[];
  meta?: Meta;
  tags?: string[];
  /** Only in the warehouse (catalog), never declared in YAML. */
  isUndeclared?: boolean;
};

export type ModelConstraint = {
  type: "primary_key" | "unique" | "foreign_key" | "check";
  columns: string[];
  name?: string;
  to?: RefTarget;
  toColumns?: string[];
  expression?: string;
};

export type ModelSpec = {
  name: string;
  /** Folder under models/, e.g. "staging/app_db". */
  folder: string;
  description: string;
  materialized: Materialization;
  access: Access;
  /**
   * Public when its consumers last built: their refs still name it, though
   * its producer has narrowed it since (a ref the catalog should flag).
   */
  wasPublic?: boolean;
  group?: string;
  /** Raw Jinja SQL; refs and sources are parsed from it as dbt does. */
  sql: string;
  columns: ColumnSpec[];
  tags?: string[];
  meta?: Meta;
  hasContract?: boolean;
  constraints?: ModelConstraint[];
  grants?: Record<string, string[]>;
  uniqueKey?: string;
  incrementalStrategy?: string;
  persistDocs?: boolean;
  version?: number;
  latestVersion?: number;
  /** Days after `now` when this version is deprecated. */
  deprecationInDays?: number;
  timeSpine?: { standardGranularityColumn: string };
  rowCount?: number;
  /** Error message of the model's build in the sample run. */
  buildError?: string;
};

export type FreshnessSpec = {
  warnAfter?: { count: number; period: Period };
  errorAfter?: { count: number; period: Period };
  filter?: string;
};

export type SourceTableSpec = {
  name: string;
  identifier?: string;
  description?: string;
  columns: ColumnSpec[];
  /** Overrides the source's freshness; null turns it off for this table. */
  freshness?: FreshnessSpec | null;
  /** Age of the newest row when freshness ran. */
  loadedMinutesAgo?: number;
  /** The freshness query fails with this message instead. */
  freshnessError?: string;
  rowCount?: number;
  meta?: Meta;
  tags?: string[];
};

export type SourceSpec = {
  name: string;
  description: string;
  database: string;
  schema: string;
  loader: string;
  loadedAtField?: string;
  freshness?: FreshnessSpec;
  meta?: Meta;
  tags?: string[];
  /** YAML file folder under models/, e.g. "staging/app_db". */
  folder: string;
  tables: SourceTableSpec[];
};

export type SeedSpec = {
  name: string;
  description: string;
  columns: ColumnSpec[];
  csv: string;
  meta?: Meta;
  tags?: string[];
};

export type SnapshotSpec = {
  name: string;
  description: string;
  sql: string;
  uniqueKey: string;
  updatedAt: string;
  columns: ColumnSpec[];
  meta?: Meta;
  tags?: string[];
  rowCount?: number;
};

export type SingularTestSpec = {
  name: string;
  description?: string;
  sql: string;
  severity?: Severity;
  failures?: number;
  meta?: Meta;
};

export type UnitTestSpec = {
  name: string;
  model: string;
  description: string;
  given: { input: string; rows: Record<string, JsonValue>[] }[];
  expect: Record<string, JsonValue>[];
  tags?: string[];
};

export type Owner = { name: string; email: string };

export type GroupSpec = { name: string; owner: Owner; description?: string };

export type ExposureSpec = {
  name: string;
  label: string;
  type: "dashboard" | "notebook" | "analysis" | "ml" | "application";
  maturity: "high" | "medium" | "low";
  owner: Owner;
  url?: string;
  description: string;
  dependsOn: RefTarget[];
  meta?: Meta;
  tags?: string[];
};

export type DocSpec = { name: string; folder: string; contents: string };

export type MacroSpec = { name: string; sql: string; description?: string };

export type ProjectSpec = {
  name: string;
  /** Minutes before `now` at which the daily `dbt build` started. */
  buildStartedMinutesAgo: number;
  database: string;
  targetSchema: string;
  groups: GroupSpec[];
  sources: SourceSpec[];
  seeds: SeedSpec[];
  models: ModelSpec[];
  snapshots: SnapshotSpec[];
  singularTests: SingularTestSpec[];
  unitTests: UnitTestSpec[];
  exposures: ExposureSpec[];
  semanticModels: SemanticModelSpec[];
  metrics: MetricSpec[];
  savedQueries: SavedQuerySpec[];
  docs: DocSpec[];
  macros: MacroSpec[];
  loom?: LoomSpec;
};
