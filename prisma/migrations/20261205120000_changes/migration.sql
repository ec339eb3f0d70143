-- What each ingest changed in its project, compared with the snapshot it
-- replaced (lib/governance/diff-project.ts): one row per change, with the
-- consumers a breaking change hits as they stood at that ingest. Keyed by
-- unique_id, not node id: the nodes are replaced at every ingest. The change
-- feed reads the newest first, for the mesh or one project, all or breaking.
CREATE TABLE changes (
  id bigserial PRIMARY KEY,
  project_id integer NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  recorded_at timestamptz(3) NOT NULL DEFAULT now(),
  generated_at timestamptz(3),
  kind text NOT NULL,
  category text NOT NULL,
  unique_id text NOT NULL,
  resource_type text NOT NULL,
  name text NOT NULL,
  version text,
  column_name text,
  before text,
  after text,
  summary text NOT NULL,
  consumers jsonb NOT NULL DEFAULT '[]'
);
CREATE INDEX changes_recent ON changes (recorded_at DESC, id DESC);
CREATE INDEX changes_project_recent ON changes (project_id, recorded_at DESC, id DESC);
CREATE INDEX changes_breaking_recent ON changes (recorded_at DESC, id DESC) WHERE category = 'breaking';
