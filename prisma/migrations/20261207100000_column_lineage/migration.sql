-- Column lineage (lib/column-lineage), derived after an ingest commits, in
-- the background: one row per model of a project that had compiled SQL once,
-- with what it was derived from (input_hash: its compiled SQL, dialect and
-- upstream columns, so only changed models are derived again) and how it
-- went. Keyed by unique_id, not node id: the nodes are replaced at every
-- ingest, and a model whose manifest lost its compiled SQL (dbt parse) keeps
-- the lineage derived before, with has_compiled_sql false to say so.
CREATE TABLE column_lineage_models (
  project_id integer NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  unique_id text NOT NULL,
  status text NOT NULL,
  error text,
  input_hash text NOT NULL,
  has_compiled_sql boolean NOT NULL DEFAULT true,
  derived_at timestamptz(3) NOT NULL,
  PRIMARY KEY (project_id, unique_id)
);

-- One edge: the model's output column (null for a column used only to
-- filter or join, which shapes all its rows) comes from an upstream column
-- of any project. Column names are folded to lower case. Impact walks it
-- downstream from (upstream_unique_id, upstream_column).
CREATE TABLE column_edges (
  id bigserial PRIMARY KEY,
  project_id integer NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  unique_id text NOT NULL,
  column_name text,
  upstream_project text NOT NULL,
  upstream_unique_id text NOT NULL,
  upstream_column text NOT NULL,
  kind text NOT NULL
);
CREATE INDEX column_edges_model ON column_edges (project_id, unique_id);
CREATE INDEX column_edges_upstream ON column_edges (upstream_unique_id, upstream_column);
