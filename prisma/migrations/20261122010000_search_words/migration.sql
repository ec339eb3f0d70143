-- Typo tolerance through a vocabulary of name words instead of trigram
-- similarity over every name. At 100k nodes a misspelt word shares its
-- common trigrams with thousands of names, and the word-similarity scan
-- over search_documents cost up to 0.35 s. The distinct words of names are
-- a few thousand even then: the nearest ones to a query word are found in
-- well under a millisecond, and names holding them through the full-text
-- index. Words are only ever added (by the ingest transaction); a word no
-- name uses any more just finds nothing.
CREATE TABLE search_words (
  word text PRIMARY KEY
);
CREATE INDEX search_words_trgm_idx ON search_words USING gist (word gist_trgm_ops);

DROP INDEX search_documents_name_trgm_idx;

-- Name words and label alone, so that "names holding this word" is an exact
-- GIN lookup: the same words weighted A inside text_document would need a
-- heap recheck of every row holding the word anywhere in its description.
ALTER TABLE search_documents ADD COLUMN name_document tsvector NOT NULL DEFAULT ''::tsvector;
UPDATE search_documents d
SET name_document = to_tsvector('english',
  regexp_replace(regexp_replace(n.name, '([a-z])([A-Z])', '\1 \2', 'g'), '[^[:alnum:]]+', ' ', 'g') || ' ' || coalesce(n.label, ''))
FROM nodes n WHERE n.id = d.node_id;
ALTER TABLE search_documents ALTER COLUMN name_document DROP DEFAULT;
CREATE INDEX search_documents_name_words_idx ON search_documents USING gin (name_document);

INSERT INTO search_words (word)
SELECT DISTINCT w
FROM search_documents d,
     regexp_split_to_table(lower(regexp_replace(d.name, '([a-z])([A-Z])', '\1 \2', 'g')), '[^[:alnum:]]+') AS w
WHERE length(w) >= 3
ON CONFLICT DO NOTHING;
