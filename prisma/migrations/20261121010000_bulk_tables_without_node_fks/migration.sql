-- Re-ingesting a 20k-node project deleted 20k nodes through eight foreign keys,
-- each firing a per-row trigger (about 2 s), and inserting paid a check per row
-- again. These tables are written only by lib/db/write-snapshot.ts, which
-- deletes children and re-points other projects' edges with set-based
-- statements in the same transaction; integration tests check that no row
-- ever points at a missing node.
ALTER TABLE columns DROP CONSTRAINT columns_node_id_fkey;
ALTER TABLE edges DROP CONSTRAINT edges_child_id_fkey;
ALTER TABLE edges DROP CONSTRAINT edges_parent_id_fkey;
ALTER TABLE tests DROP CONSTRAINT tests_node_id_fkey;
ALTER TABLE tests DROP CONSTRAINT tests_attached_node_id_fkey;
ALTER TABLE run_results DROP CONSTRAINT run_results_node_id_fkey;
ALTER TABLE source_freshness DROP CONSTRAINT source_freshness_node_id_fkey;
ALTER TABLE catalog_entries DROP CONSTRAINT catalog_entries_node_id_fkey;

-- SQL is stored as written: pglz compression of ~100 MB of code per large
-- manifest costs seconds per ingest, and these binaries have no lz4.
ALTER TABLE nodes ALTER COLUMN raw_code SET STORAGE EXTERNAL;
ALTER TABLE nodes ALTER COLUMN compiled_code SET STORAGE EXTERNAL;
