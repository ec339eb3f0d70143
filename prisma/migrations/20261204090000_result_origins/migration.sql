-- A node's latest result may come from an earlier ingest than its manifest
-- (an upload of the manifest alone keeps what the last runs said), so each
-- result remembers the dbt invocation it came from: the generated_at and
-- invocation_id of the run_results.json, sources.json or catalog.json.
ALTER TABLE run_results ADD COLUMN generated_at timestamptz(3), ADD COLUMN invocation_id text;
ALTER TABLE source_freshness ADD COLUMN generated_at timestamptz(3), ADD COLUMN invocation_id text;
ALTER TABLE catalog_entries ADD COLUMN generated_at timestamptz(3), ADD COLUMN invocation_id text;
