-- Data products and their maturity scores (lib/score), computed at ingest in
-- the transaction that writes the project's snapshot. Mirrors
-- prisma/schema.prisma; applied by lib/db/migrate.ts.

-- Whether a node is a data product under the policy in force at its ingest.
ALTER TABLE nodes ADD COLUMN is_product boolean NOT NULL DEFAULT false;
CREATE INDEX nodes_project_id_is_product_idx ON nodes (project_id) WHERE is_product;

-- The current score of each product. Keyed by (project, unique_id), not by
-- node id: node ids change on every ingest, a product's identity does not.
CREATE TABLE product_scores (
  project_id        integer NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  unique_id         text NOT NULL,
  name              text NOT NULL,
  version           text,
  group_name        text,
  owners            text[] NOT NULL DEFAULT '{}',
  level             text,
  score             integer NOT NULL,
  -- Each rule's status, evidence and exception (lib/score/stored-rules.ts);
  -- titles, levels and advice come from the project's score_policies row.
  rules             jsonb NOT NULL DEFAULT '[]',
  failing_rules     text[] NOT NULL DEFAULT '{}',
  -- The product's own project's consumers (models, exposures), kept to judge
  -- "in use" again when another project's refs to it change.
  consumers         jsonb NOT NULL DEFAULT '{}',
  -- Projects whose refs counted towards "in use" at the last scoring.
  consumer_projects text[] NOT NULL DEFAULT '{}',
  scored_at         timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (project_id, unique_id)
);
CREATE INDEX product_scores_consumer_projects_idx ON product_scores USING gin (consumer_projects);

-- One row per product per ingest of its project (cause 'ingest'), and one
-- whenever another project's ingest changed its score (cause 'consumers').
CREATE TABLE product_score_history (
  id            bigserial PRIMARY KEY,
  project_id    integer NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  unique_id     text NOT NULL,
  recorded_at   timestamptz(3) NOT NULL DEFAULT now(),
  cause         text NOT NULL,
  level         text,
  score         integer NOT NULL,
  failing_rules text[] NOT NULL DEFAULT '{}'
);
CREATE INDEX product_score_history_product_idx ON product_score_history (project_id, unique_id, recorded_at);
CREATE INDEX product_score_history_project_idx ON product_score_history (project_id, cause, recorded_at);

-- The policy each project was last scored by (levels, rules, exceptions), so
-- that pages can show it and a consumer's ingest can re-apply it.
CREATE TABLE score_policies (
  project_id integer PRIMARY KEY REFERENCES projects(id) ON DELETE CASCADE,
  source     text NOT NULL,
  hash       text NOT NULL,
  policy     jsonb NOT NULL,
  updated_at timestamptz(3) NOT NULL DEFAULT now()
);
