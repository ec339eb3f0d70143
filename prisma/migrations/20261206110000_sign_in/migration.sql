-- Sign-in (lib/auth): sessions shared by every server instance, tokens that
-- expire and belong to a person, and the audit log.

-- A signed-in browser. The cookie holds a random secret; only its SHA-256 is
-- stored, so a copy of this table opens no session. The groups are the ones
-- the identity provider sent at sign-in; roles are mapped from them on each
-- request, so a changed mapping applies at once.
CREATE TABLE sessions (
  id bigserial PRIMARY KEY,
  secret_hash text NOT NULL UNIQUE,
  subject text NOT NULL,
  name text,
  email text,
  groups text[] NOT NULL DEFAULT '{}',
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  expires_at timestamptz(3) NOT NULL,
  address text
);
CREATE INDEX sessions_expires ON sessions (expires_at);

-- 'ci': writes one project's artifacts (or all, with no project: admin).
-- 'personal': reads the API as the person who made it, nothing more.
ALTER TABLE api_tokens
  ADD COLUMN kind text NOT NULL DEFAULT 'ci' CHECK (kind IN ('ci', 'personal')),
  ADD COLUMN expires_at timestamptz(3),
  ADD COLUMN created_by text,
  ADD COLUMN owner_subject text;
CREATE INDEX api_tokens_owner ON api_tokens (owner_subject) WHERE owner_subject IS NOT NULL;

-- Who did what, when and from where: sign-ins, token changes, ingests.
CREATE TABLE audit_events (
  id bigserial PRIMARY KEY,
  at timestamptz(3) NOT NULL DEFAULT now(),
  actor text NOT NULL,
  action text NOT NULL,
  target text,
  address text,
  detail jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_events_recent ON audit_events (at DESC, id DESC);
