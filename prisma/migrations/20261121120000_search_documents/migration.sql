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
  -- A data product under the policy its project was ingested with (nodes.is_product).
  is_product      boolean NOT NULL DEFAULT false,
  -- Group owner, meta.owner / owners / team, an exposure's owner: one value
  -- per owner, by name when known (lib/search/owners.ts).
  owners          text[] NOT NULL DEFAULT '{}',
  tags            text[] NOT NULL DEFAULT '{}',
  -- Name words and label alone, so that "names holding this word" is an
  -- exact GIN lookup: the same words weighted A inside text_document would
  -- need a heap recheck of every row holding the word anywhere.
  name_document   tsvector NOT NULL,
  -- Name words (weight A), label, tags and group (B), description (C).
  text_document   tsvector NOT NULL,
  -- Column names and descriptions, apart: a match only there ranks lower.
  column_document tsvector NOT NULL
);

-- Every way of finding candidates is an index scan that can stop after a
-- bounded number of rows (lib/db/queries/search-sql.ts): at 100k nodes a
-- common word matches tens of thousands of rows, and visiting them all is
-- what a search cannot afford (0.3-1 s a query when it did).
-- Exact names and name prefixes, in byte order so that a prefix scan is an
-- ordered range scan (shorter names of a prefix come first).
CREATE INDEX search_documents_name_idx ON search_documents ((lower(name) COLLATE "C"));
CREATE INDEX search_documents_name_words_idx ON search_documents USING gin (name_document);
CREATE INDEX search_documents_text_idx ON search_documents USING gin (text_document);
CREATE INDEX search_documents_column_idx ON search_documents USING gin (column_document);
-- Data products among the matches of a common word: filtering them out of
-- all matches visited 40k rows to find none for a word like "int"; these
-- hold products alone. The predicate is IS_PRODUCT_SQL in
-- lib/db/queries/search-sql.ts: the two change together.
CREATE INDEX search_documents_product_name_words_idx ON search_documents USING gin (name_document)
  WHERE is_product;
CREATE INDEX search_documents_product_text_idx ON search_documents USING gin (text_document)
  WHERE is_product;
-- Facet filters without a query. The project index leaves resource_type
-- out: on its own it tempts the planner into AND-ing a bitmap of every
-- model with each full-text match.
CREATE INDEX search_documents_owners_idx ON search_documents USING gin (owners);
CREATE INDEX search_documents_tags_idx ON search_documents USING gin (tags);
CREATE INDEX search_documents_project_id_idx ON search_documents (project_id);

-- Typo tolerance through the vocabulary of name words rather than trigram
-- similarity over every name: a misspelt word shares its common trigrams
-- with thousands of names at 100k nodes (a word-similarity scan cost up to
-- 0.35 s), while the distinct words of names are a few thousand. A query
-- word's nearest words are found here by trigram distance, and names
-- holding them through name_document. Only ever added to, by the ingest
-- transaction; a word no name uses any more just finds nothing.
CREATE TABLE search_words (
  word text PRIMARY KEY
);
CREATE INDEX search_words_trgm_idx ON search_words USING gist (word gist_trgm_ops);

-- A catalog that already holds projects gets their documents now: an
-- ingest of unchanged artifacts writes nothing, so waiting for the next one
-- could leave search empty. This mirrors lib/search/document.ts closely
-- (owners: the group owner by name, else email, then meta.owner or
-- meta.team when a plain string); the next ingest of a project writes the
-- exact documents.
INSERT INTO search_documents (node_id, project_id, resource_type, name, access, materialized, is_product, owners, tags,
                              name_document, text_document, column_document)
SELECT n.id, n.project_id, n.resource_type, n.name, n.access, n.materialized, n.is_product,
       ARRAY(SELECT DISTINCT o FROM unnest(ARRAY[
         coalesce(g.owner_name, g.owner_email),
         CASE WHEN jsonb_typeof(n.meta->'owner') = 'string'
                   AND lower(n.meta->>'owner') IS DISTINCT FROM lower(g.owner_email)
              THEN n.meta->>'owner' END,
         CASE WHEN jsonb_typeof(n.meta->'team') = 'string' THEN n.meta->>'team' END
       ]) AS o WHERE o IS NOT NULL AND btrim(o) <> ''),
       n.tags,
       to_tsvector('english', w.name_words || ' ' || coalesce(n.label, '')),
       setweight(to_tsvector('english', w.name_words || ' ' || coalesce(n.label, '')), 'A')
         || setweight(to_tsvector('english', array_to_string(n.tags, ' ') || ' ' || coalesce(n.group_name, '')), 'B')
         || setweight(to_tsvector('english', left(n.description, 20000)), 'C'),
       to_tsvector('english', left(coalesce(
         (SELECT string_agg(regexp_replace(c.name, '[^[:alnum:]]+', ' ', 'g') || ' ' || c.description, E'\n' ORDER BY c.position)
          FROM columns c WHERE c.node_id = n.id), ''), 60000))
FROM nodes n
LEFT JOIN groups g ON g.project_id = n.project_id AND g.name = n.group_name
CROSS JOIN LATERAL (
  SELECT lower(regexp_replace(regexp_replace(n.name, '([[:lower:]])([[:upper:]])', '\1 \2', 'g'), '[^[:alnum:]]+', ' ', 'g')) AS name_words
) w;

INSERT INTO search_words (word)
SELECT DISTINCT word
FROM search_documents d, unnest(tsvector_to_array(to_tsvector('simple',
  regexp_replace(regexp_replace(d.name, '([[:lower:]])([[:upper:]])', '\1 \2', 'g'), '[^[:alnum:]]+', ' ', 'g')))) AS word
WHERE length(word) >= 3 AND word ~ '^[[:alnum:]]+$'
ORDER BY word;
