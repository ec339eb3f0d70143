import type { ColumnEdgeKind } from "./edge-kinds";

/** A relation a model reads: a model, seed, snapshot or source, of any project. */
export type UpstreamRelation = {
  uniqueId: string;
  /** The project whose snapshot holds this node. */
  project: string;
  database: string | null;
  schema: string | null;
  identifier: string;
  /** Warehouse columns (catalog.json), else the declared ones. */
  columns: { name: string; type: string | null }[];
  /** Whether `columns` are all the relation has: the warehouse's, or an enforced contract's. */
  isComplete: boolean;
};

/** What column lineage is derived from, for one model. */
export type ModelSqlInput = {
  uniqueId: string;
  compiledCode: string;
  adapterType: string | null;
  upstream: UpstreamRelation[];
};

/** Column names are folded to lower case (foldName), as warehouses compare unquoted names. */
export type ColumnSource = {
  uniqueId: string;
  project: string;
  column: string;
  kind: ColumnEdgeKind;
};

/** One output column and the upstream columns its value comes from. */
export type DerivedColumn = { column: string; sources: ColumnSource[] };

export type ModelColumnLineage =
  | {
      status: "derived";
      columns: DerivedColumn[];
      /** Upstream columns used only to filter or join rows. */
      rowSources: ColumnSource[];
    }
  | { status: "parse_error"; error: string }
  /** The SQL parsed, but a `select *` reads a relation whose columns nobody knows (no catalog.json, none declared). */
  | { status: "unknown_columns"; error: string };
