-- Each dbt invocation's result per node (tests and builds), so that a product
-- can say "tests passed in 28 of the last 30 runs" and show its build times.
-- Keyed by unique_id, not node id: a project's nodes are replaced at every
-- ingest. A result carried over from an earlier ingest has the same
-- invocation, hence the primary key. The writer keeps the last
-- CATALOG_RUN_HISTORY runs (30 by default) of each node.
CREATE TABLE run_history (
  project_id integer NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  unique_id text NOT NULL,
  invocation_id text NOT NULL,
  generated_at timestamptz(3) NOT NULL,
  status text NOT NULL,
  execution_time double precision,
  PRIMARY KEY (project_id, unique_id, invocation_id)
);
CREATE INDEX run_history_recent ON run_history (project_id, unique_id, generated_at DESC);
