-- What the catalog knows of each configured source it pulls artifacts from:
-- when it is due, what the last pull found, and what the store said about
-- the artifacts last time (ETag, Last-Modified, run id) so that the next
-- pull can ask "changed since?" in one request.
CREATE TABLE source_pulls (
  name                 text PRIMARY KEY,
  type                 text NOT NULL,
  next_run_at          timestamptz(3),
  last_attempt_at      timestamptz(3),
  last_success_at      timestamptz(3),
  last_error_at        timestamptz(3),
  last_error           text,
  consecutive_failures integer NOT NULL DEFAULT 0,
  -- ingested, unchanged or failed
  last_outcome         text,
  project_name         text,
  -- The ingest's summary when the last pull wrote something (nodes, edges, products).
  last_change          jsonb,
  -- Per artifact: what the store answered last time (etag, last_modified, generation, run_id).
  validators           jsonb NOT NULL DEFAULT '{}',
  content_hash         text
);
