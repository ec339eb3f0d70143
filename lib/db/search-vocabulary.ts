import "server-only";
import type pg from "pg";

// One vocabulary for the mesh; its writers take turns (see syncVocabulary).
/** The advisory lock an ingest takes last, held until its commit. */
export const VOCABULARY_LOCK = 7265;

/**
 * Replaces, in the ingest's transaction, the words of the project's names
 * (`prepared` holds each node's `name_words`) and notes the words the project
 * no longer uses, for syncVocabulary to drop when no other project uses them.
 */
export async function replaceProjectWords(
  client: pg.PoolClient,
  projectId: number,
  prepared: string,
): Promise<void> {
  await client.query(
    `CREATE TEMP TABLE project_words ON COMMIT DROP AS
     SELECT DISTINCT w AS word FROM ${prepared}, unnest(name_words) AS w`,
  );
  await client.query(
    `CREATE TEMP TABLE dropped_words ON COMMIT DROP AS
     WITH gone AS (
       DELETE FROM search_word_projects p
       WHERE p.project_id = $1 AND NOT EXISTS (SELECT 1 FROM project_words w WHERE w.word = p.word)
       RETURNING p.word)
     SELECT word FROM gone`,
    [projectId],
  );
  await client.query(
    `INSERT INTO search_word_projects (project_id, word)
     SELECT $1, word FROM project_words ON CONFLICT DO NOTHING`,
    [projectId],
  );
}

/**
 * Brings the typo vocabulary in line with the project's words, last in its
 * ingest transaction: adds them all, and drops the words it gave up that no
 * project's names use any more (the vocabulary only grew before, and a word
 * near nothing was looked for among every word ever ingested). Under one
 * lock held to the commit: a project adding a word this ingest drops either
 * commits first (and is seen here) or adds it again after, since every
 * ingest adds all its words.
 */
export async function syncVocabulary(client: pg.PoolClient): Promise<void> {
  await client.query("SELECT pg_advisory_xact_lock($1)", [VOCABULARY_LOCK]);
  // In word order, so that two ingests adding the same words never deadlock.
  await client.query(
    `INSERT INTO search_words (word)
     SELECT word FROM project_words ORDER BY word
     ON CONFLICT DO NOTHING`,
  );
  await client.query(
    `DELETE FROM search_words s USING dropped_words d
     WHERE s.word = d.word
       AND NOT EXISTS (SELECT 1 FROM search_word_projects p WHERE p.word = s.word)`,
  );
}
