-- Which projects' names use each word of the typo vocabulary. The vocabulary
-- only ever grew: words of deleted nodes stayed, and a query word near
-- nothing was looked up among all of them. Each ingest now replaces its
-- project's words here, and drops from search_words those no project uses.
CREATE TABLE search_word_projects (
  project_id integer NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  word       text    NOT NULL,
  PRIMARY KEY (project_id, word)
);
CREATE INDEX search_word_projects_word_idx ON search_word_projects (word);

-- The words of the names stored now, derived as the search documents'
-- migration derived them; the next ingest of each project writes the exact
-- words (labels included).
INSERT INTO search_word_projects (project_id, word)
SELECT DISTINCT d.project_id, word
FROM search_documents d, unnest(tsvector_to_array(to_tsvector('simple',
  regexp_replace(regexp_replace(d.name, '([[:lower:]])([[:upper:]])', '\1 \2', 'g'), '[^[:alnum:]]+', ' ', 'g')))) AS word
WHERE length(word) >= 3 AND word ~ '^[[:alnum:]]+$';

DELETE FROM search_words s
WHERE NOT EXISTS (SELECT 1 FROM search_word_projects p WHERE p.word = s.word);
