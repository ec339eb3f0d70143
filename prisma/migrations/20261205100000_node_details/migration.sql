-- Type-specific fields of a node (a source's freshness thresholds, an
-- exposure's owner, a metric's definition, ...) are stored typed, as
-- lib/artifacts/node-details.ts shapes them at ingest, in place of the raw
-- manifest fields of `data` that every page view parsed again.
--
-- A clean break rather than a conversion: turning dbt's raw shapes into the
-- typed one here would write the normalization a second time, in SQL. Rows
-- stored before read as "nothing declared" (a null `details`) until their
-- project is ingested again; forgetting the artifact hashes makes that next
-- ingest of the same artifacts write instead of reporting "unchanged".
ALTER TABLE nodes DROP COLUMN data;
ALTER TABLE nodes ADD COLUMN details jsonb;
UPDATE projects SET artifact_hashes = '{}'::jsonb;
