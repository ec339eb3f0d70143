-- Mesh-wide governance checks (lib/governance): each run of the checks, kept
-- so that pages can show a trend across ingests, and the violations of the
-- latest runs. Also the catalog_api schema: read-only views that custom SQL
-- checks query, a stable contract documented in docs/catalog-api.md.
-- Mirrors prisma/schema.prisma; applied by lib/db/migrate.ts.

CREATE TABLE governance_runs (
  id            bigserial PRIMARY KEY,
  ran_at        timestamptz(3) NOT NULL DEFAULT now(),
  -- What ran the checks: "ingest" (after a project's ingest) or "manual".
  cause         text NOT NULL,
  -- The project whose ingest ran them; null otherwise.
  project       text,
  policy_source text NOT NULL,
  -- The checks in force: id, title, kind, severity that day, error_from.
  checks        jsonb NOT NULL DEFAULT '[]',
  -- Checks that could not run (a broken custom query), with their line.
  problems      jsonb NOT NULL DEFAULT '[]',
  -- Violations per project: {"finance": {"error": 2, "warn": 5, "excepted": 1}}.
  counts        jsonb NOT NULL DEFAULT '{}',
  duration_ms   integer NOT NULL
);
CREATE INDEX governance_runs_ran_at_idx ON governance_runs (ran_at DESC);

-- Violations of a run (kept for the latest runs only; older runs keep their counts).
CREATE TABLE governance_violations (
  run_id     bigint NOT NULL REFERENCES governance_runs(id) ON DELETE CASCADE,
  position   integer NOT NULL,
  check_id   text NOT NULL,
  title      text NOT NULL,
  severity   text NOT NULL,
  error_from text,
  project    text NOT NULL,
  unique_id  text,
  message    text NOT NULL,
  owners     text[] NOT NULL DEFAULT '{}',
  advice     text NOT NULL DEFAULT '',
  -- {"reason", "expires", "isExpired"} when an exception covers it.
  exception  jsonb,
  PRIMARY KEY (run_id, position)
);
CREATE INDEX governance_violations_project_idx ON governance_violations (run_id, project);

-- The views custom checks read. Only what is documented in
-- docs/catalog-api.md; the tables behind them may change, these may not.
CREATE SCHEMA catalog_api;

CREATE VIEW catalog_api.projects AS
  SELECT p.name, p.dbt_version, p.adapter_type, p.generated_at, p.ingested_at
  FROM projects p;

CREATE VIEW catalog_api.nodes AS
  SELECT n.unique_id, p.name AS project, n.package_name, n.resource_type, n.name,
         n.description, n.path, n.access, n.group_name, n.materialized,
         n.database_name, n.schema_name, n.alias, n.relation_name,
         n.version, n.latest_version, n.deprecation_date, n.contract_enforced,
         n.tags, n.meta, n.is_product
  FROM nodes n JOIN projects p ON p.id = n.project_id;

CREATE VIEW catalog_api.columns AS
  SELECT n.unique_id, p.name AS project, c.position, c.name, c.description,
         c.data_type, c.catalog_type, c.tags, c.meta
  FROM columns c JOIN nodes n ON n.id = c.node_id JOIN projects p ON p.id = n.project_id;

CREATE VIEW catalog_api.tests AS
  SELECT tn.unique_id, p.name AS project, tn.resource_type, t.test_name,
         t.attached_unique_id, t.column_name, t.severity,
         r.status, r.failures, r.completed_at
  FROM tests t
  JOIN nodes tn ON tn.id = t.node_id
  JOIN projects p ON p.id = tn.project_id
  LEFT JOIN run_results r ON r.node_id = t.node_id;

CREATE VIEW catalog_api.edges AS
  SELECT p.name AS project, c.unique_id AS child_unique_id,
         e.parent_unique_id, e.parent_project, e.parent_version,
         e.is_cross_project, e.parent_id IS NOT NULL AS is_resolved
  FROM edges e JOIN nodes c ON c.id = e.child_id JOIN projects p ON p.id = e.project_id;

CREATE VIEW catalog_api.owners AS
  SELECT n.unique_id, p.name AS project, g.name AS group_name,
         g.owner_name, g.owner_email
  FROM nodes n
  JOIN projects p ON p.id = n.project_id
  JOIN groups g ON g.project_id = n.project_id AND g.name = n.group_name;

-- The role custom checks run as (SET LOCAL ROLE): it may read the views and
-- nothing else. Roles belong to the whole cluster, so it is created once;
-- where the catalog's user may not create roles, checks still run in a READ
-- ONLY transaction, and the runner says so.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'catalog_api_reader') THEN
    CREATE ROLE catalog_api_reader NOLOGIN;
  END IF;
  EXECUTE format('GRANT catalog_api_reader TO %I', current_user);
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'catalog_api_reader not created: custom checks run read-only without it';
END $$;

DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'catalog_api_reader') THEN
    GRANT USAGE ON SCHEMA catalog_api TO catalog_api_reader;
    GRANT SELECT ON ALL TABLES IN SCHEMA catalog_api TO catalog_api_reader;
  END IF;
END $$;
