-- Search: one row per node, written by the ingest transaction next to the
-- node (lib/db/search-documents.ts), read by lib/db/queries/search.ts.
-- A table of its own rather than generated columns on nodes: the text spans
-- the node's columns (another table) and owners come from its group, so no
-- generated column could compute it. Only facet values and tsvectors are
-- kept, never a second copy of descriptions.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE search_documents (
  node_id         bigint PRIMARY KEY,
  project_id      integer NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  resource_type   text NOT NULL,
  name            text NOT NULL,
  access          text,
  materialized    text,
  -- Group owner name and email, meta.owner / owners / team, an exposure's
  -- owner: trimmed and deduplicated (lib/search/owners.ts).
  owners          text[] NOT NULL DEFAULT '{}',
  tags            text[] NOT NULL DEFAULT '{}',
  -- Name words (weight A), label and tags (B), description (C).
  text_document   tsvector NOT NULL,
  -- Column names and descriptions, apart: a match only there ranks lower.
  column_document tsvector NOT NULL
);

-- Every way of finding candidates is an index scan that can stop after a
-- bounded number of rows (lib/db/queries/search-sql.ts): at 100k nodes a
-- common word matches tens of thousands of rows, and visiting them all is
-- what a search cannot afford.
-- Exact names and name prefixes, in byte order so that a prefix scan is an
-- ordered range scan (shorter names of a prefix come first).
CREATE INDEX search_documents_name_idx ON search_documents ((lower(name) COLLATE "C"));
-- Names nearest the query by trigram word distance (KNN, `<<->`), with typo
-- tolerance (`<%`): words of names, substrings and misspellings.
CREATE INDEX search_documents_name_trgm_idx ON search_documents USING gist (name gist_trgm_ops);
CREATE INDEX search_documents_text_idx ON search_documents USING gin (text_document);
CREATE INDEX search_documents_column_idx ON search_documents USING gin (column_document);
-- Facet filters without a query.
CREATE INDEX search_documents_owners_idx ON search_documents USING gin (owners);
CREATE INDEX search_documents_tags_idx ON search_documents USING gin (tags);
CREATE INDEX search_documents_project_id_idx ON search_documents (project_id, resource_type);
