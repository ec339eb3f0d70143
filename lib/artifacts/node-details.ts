/**
 * What only some resource types have (a source's freshness thresholds, an
 * exposure's owner, a metric's definition, ...), in the app's own shape:
 * `parseNodeDetails` builds it once from the manifest node at ingest, the
 * database stores it as it is, pages and readers use it without parsing.
 */
import { toResourceType, type ResourceType } from "./resource-types";

/**
 * The shape's version, stored with every value. Change it whenever a field is
 * added, renamed or reshaped: values of another version read as empty
 * (`readStoredNodeDetails`) until their project is ingested again.
 */
export const NODE_DETAILS_VERSION = 1;

/** A dbt duration: `{count: 6, period: "hour"}` (also a metric window's `granularity`). */
export type Period = { count: number; period: string };

/** When dbt warns and errors on a stale source, and the filter of its check. */
export type FreshnessThresholds = {
  warnAfter: Period | null;
  errorAfter: Period | null;
  filter: string | null;
};

export type SourceDetails = {
  sourceName: string | null;
  sourceDescription: string | null;
  loader: string | null;
  loadedAtField: string | null;
  /** From the source or its config (dbt 1.9+); null when neither sets a threshold. */
  freshness: FreshnessThresholds | null;
};

export type ExposureOwner = { name: string | null; email: string | null };

export type ExposureDetails = {
  /** dashboard, notebook, analysis, ml, application. */
  exposureType: string | null;
  maturity: string | null;
  url: string | null;
  /** Null when it names neither a name nor an email. */
  owner: ExposureOwner | null;
};

export type NamedInput = { name: string; alias: string | null };

export type MetricDetails = {
  /** simple, ratio, derived, cumulative, conversion; `calculation_method` before v10. */
  metricType: string | null;
  measure: string | null;
  numerator: string | null;
  denominator: string | null;
  expression: string | null;
  inputMetrics: NamedInput[];
  filters: string[];
  window: Period | null;
};

export type SemanticEntity = {
  name: string;
  /** primary, unique, foreign, natural: lower case. */
  type: string | null;
  expr: string | null;
  description: string | null;
};

export type SemanticMeasure = {
  name: string;
  agg: string | null;
  expr: string | null;
  description: string | null;
};

export type SemanticDimension = {
  name: string;
  /** categorical or time: lower case. */
  type: string | null;
  expr: string | null;
  description: string | null;
  granularity: string | null;
};

export type SemanticModelDetails = {
  /** The model it reads: `ref('orders')`, or a bare name from semantic_manifest.json. */
  model: string | null;
  primaryEntity: string | null;
  entities: SemanticEntity[];
  measures: SemanticMeasure[];
  dimensions: SemanticDimension[];
};

export type SavedQueryExport = {
  name: string;
  exportAs: string | null;
  relation: string | null;
};

export type SavedQueryDetails = {
  metrics: string[];
  groupBy: string[];
  where: string[];
  orderBy: string[];
  limit: number | null;
  exports: SavedQueryExport[];
};

export type UnitTestFixture = {
  input: string | null;
  format: string | null;
  /** Rows given inline as dicts; null for csv/sql fixtures, shown as text instead. */
  rows: Record<string, unknown>[] | null;
  text: string | null;
};

export type UnitTestDetails = {
  model: string | null;
  given: UnitTestFixture[];
  expect: UnitTestFixture | null;
};

/** The fields each resource type adds; types that add none map to `{}`. */
export type DetailsByType = {
  source: SourceDetails;
  exposure: ExposureDetails;
  metric: MetricDetails;
  semantic_model: SemanticModelDetails;
  saved_query: SavedQueryDetails;
  unit_test: UnitTestDetails;
  model: Record<never, never>;
  seed: Record<never, never>;
  snapshot: Record<never, never>;
  test: Record<never, never>;
  analysis: Record<never, never>;
  operation: Record<never, never>;
  sql_operation: Record<never, never>;
  function: Record<never, never>;
};

/** A resource type the catalog does not know (stored as it came, without details). */
export type OtherKind = "other";

export type NodeDetailsKind = ResourceType | OtherKind;

/** One node's details, discriminated by `kind` (its resource type). */
export type NodeDetails =
  | {
      [K in ResourceType]: {
        version: typeof NODE_DETAILS_VERSION;
        kind: K;
      } & DetailsByType[K];
    }[ResourceType]
  | { version: typeof NODE_DETAILS_VERSION; kind: OtherKind };

/** The details of one kind: `DetailsOf<"source">`. */
export type DetailsOf<K extends NodeDetailsKind> = Extract<
  NodeDetails,
  { kind: K }
>;

/** The kind of a stored resource type: its own, or "other" for one the catalog does not know. */
export function toDetailsKind(resourceType: string): NodeDetailsKind {
  return toResourceType(resourceType) ?? "other";
}

/** The details of a node when it is of kind `kind`; null for any other node. */
export function detailsOfKind<K extends NodeDetailsKind>(
  details: NodeDetails,
  kind: K,
): DetailsOf<K> | null {
  return details.kind === kind ? (details as DetailsOf<K>) : null;
}

/** `{count: 6, period: "hour"}` → "6 hours". */
export function formatPeriod(period: Period): string {
  const unit = period.period.replace(/s$/, "");
  return `${period.count} ${unit}${period.count === 1 ? "" : "s"}`;
}

/** How a source table is named in dbt: `source_name.table` (`billing.invoices`), the table alone when the source is unknown. */
export function formatSourceTableName(
  sourceName: string | null,
  name: string,
): string {
  return sourceName ? `${sourceName}.${name}` : name;
}
