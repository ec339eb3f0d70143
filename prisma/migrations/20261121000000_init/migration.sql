-- The mesh schema: projects, their nodes, columns, edges and artifacts' facts.
-- Mirrors prisma/schema.prisma; applied by lib/db/migrate.ts.

CREATE TABLE projects (
  id              serial PRIMARY KEY,
  name            text NOT NULL UNIQUE,
  dbt_version     text,
  schema_version  integer,
  adapter_type    text,
  generated_at    timestamptz(3),
  invocation_id   text,
  artifact_hashes jsonb NOT NULL DEFAULT '{}',
  counts          jsonb NOT NULL DEFAULT '{}',
  ingested_at     timestamptz(3) NOT NULL DEFAULT now(),
  created_at      timestamptz(3) NOT NULL DEFAULT now()
);

CREATE TABLE packages (
  project_id integer NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  name       text NOT NULL,
  node_count integer NOT NULL DEFAULT 0,
  PRIMARY KEY (project_id, name)
);

CREATE TABLE nodes (
  id                 bigserial PRIMARY KEY,
  project_id         integer NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  unique_id          text NOT NULL,
  resource_type      text NOT NULL,
  name               text NOT NULL,
  package_name       text NOT NULL,
  path               text,
  original_file_path text,
  fqn                text[] NOT NULL DEFAULT '{}',
  label              text,
  description        text NOT NULL DEFAULT '',
  access             text,
  group_name         text,
  materialized       text,
  database_name      text,
  schema_name        text,
  alias              text,
  relation_name      text,
  version            text,
  latest_version     text,
  deprecation_date   timestamptz(3),
  contract_enforced  boolean NOT NULL DEFAULT false,
  constraints        jsonb NOT NULL DEFAULT '[]',
  tags               text[] NOT NULL DEFAULT '{}',
  meta               jsonb NOT NULL DEFAULT '{}',
  config             jsonb NOT NULL DEFAULT '{}',
  docs_show          boolean NOT NULL DEFAULT true,
  language           text,
  raw_code           text,
  compiled_code      text,
  checksum           text,
  data               jsonb NOT NULL DEFAULT '{}',
  UNIQUE (project_id, unique_id)
);
CREATE INDEX nodes_project_id_resource_type_name_idx ON nodes (project_id, resource_type, name);
CREATE INDEX nodes_resource_type_name_idx ON nodes (resource_type, name);

CREATE TABLE columns (
  id           bigserial PRIMARY KEY,
  node_id      bigint NOT NULL REFERENCES nodes(id) ON DELETE CASCADE,
  position     integer NOT NULL,
  name         text NOT NULL,
  description  text NOT NULL DEFAULT '',
  data_type    text,
  catalog_type text,
  constraints  jsonb NOT NULL DEFAULT '[]',
  tags         text[] NOT NULL DEFAULT '{}',
  meta         jsonb NOT NULL DEFAULT '{}',
  UNIQUE (node_id, name)
);

CREATE TABLE edges (
  id                   bigserial PRIMARY KEY,
  project_id           integer NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  child_id             bigint NOT NULL REFERENCES nodes(id) ON DELETE CASCADE,
  parent_id            bigint REFERENCES nodes(id) ON DELETE SET NULL,
  parent_unique_id     text NOT NULL,
  parent_project       text NOT NULL,
  parent_name          text NOT NULL,
  parent_resource_type text NOT NULL,
  parent_version       text,
  is_cross_project     boolean NOT NULL DEFAULT false
);
CREATE INDEX edges_child_id_idx ON edges (child_id);
CREATE INDEX edges_parent_id_idx ON edges (parent_id);
CREATE INDEX edges_parent_project_parent_name_idx ON edges (parent_project, parent_name);
CREATE INDEX edges_project_id_idx ON edges (project_id);

CREATE TABLE tests (
  node_id            bigint PRIMARY KEY REFERENCES nodes(id) ON DELETE CASCADE,
  attached_unique_id text,
  attached_node_id   bigint REFERENCES nodes(id) ON DELETE SET NULL,
  column_name        text,
  test_name          text,
  test_namespace     text,
  kwargs             jsonb NOT NULL DEFAULT '{}',
  severity           text
);
CREATE INDEX tests_attached_node_id_idx ON tests (attached_node_id);

CREATE TABLE run_results (
  node_id        bigint PRIMARY KEY REFERENCES nodes(id) ON DELETE CASCADE,
  status         text NOT NULL,
  execution_time double precision,
  failures       integer,
  message        text,
  completed_at   timestamptz(3),
  rows_affected  bigint
);

CREATE TABLE source_freshness (
  node_id        bigint PRIMARY KEY REFERENCES nodes(id) ON DELETE CASCADE,
  status         text NOT NULL,
  max_loaded_at  timestamptz(3),
  snapshotted_at timestamptz(3),
  age_seconds    double precision,
  criteria       jsonb NOT NULL DEFAULT '{}',
  error          text
);

CREATE TABLE catalog_entries (
  node_id     bigint PRIMARY KEY REFERENCES nodes(id) ON DELETE CASCADE,
  table_type  text,
  table_owner text,
  comment     text,
  row_count   bigint,
  bytes       bigint,
  stats       jsonb NOT NULL DEFAULT '{}'
);

CREATE TABLE groups (
  id          serial PRIMARY KEY,
  project_id  integer NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  unique_id   text NOT NULL,
  name        text NOT NULL,
  owner_name  text,
  owner_email text,
  description text,
  UNIQUE (project_id, name)
);

CREATE TABLE doc_blocks (
  id           serial PRIMARY KEY,
  project_id   integer NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  unique_id    text NOT NULL,
  name         text NOT NULL,
  package_name text NOT NULL,
  contents     text NOT NULL,
  UNIQUE (project_id, unique_id)
);

CREATE TABLE api_tokens (
  id           serial PRIMARY KEY,
  project      text,
  label        text,
  secret_hash  text NOT NULL UNIQUE,
  created_at   timestamptz(3) NOT NULL DEFAULT now(),
  revoked_at   timestamptz(3),
  last_used_at timestamptz(3)
);

CREATE TABLE ingest_runs (
  id           bigserial PRIMARY KEY,
  project_name text NOT NULL,
  project_id   integer REFERENCES projects(id) ON DELETE SET NULL,
  token_id     integer REFERENCES api_tokens(id) ON DELETE SET NULL,
  origin       text NOT NULL,
  status       text NOT NULL,
  started_at   timestamptz(3) NOT NULL,
  duration_ms  integer NOT NULL,
  hashes       jsonb NOT NULL DEFAULT '{}',
  counts       jsonb NOT NULL DEFAULT '{}',
  summary      jsonb NOT NULL DEFAULT '{}',
  warnings     text[] NOT NULL DEFAULT '{}',
  error        text
);
CREATE INDEX ingest_runs_project_name_started_at_idx ON ingest_runs (project_name, started_at);
