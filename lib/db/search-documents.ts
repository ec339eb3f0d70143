import "server-only";
import type pg from "pg";
import type { ProjectSnapshot } from "@/lib/mesh/snapshot";
import { buildSearchDocument } from "@/lib/search/document";
import { copyRows } from "./copy";

/**
 * The text search configuration of every tsvector and tsquery: English
 * stemming, so that "customer" finds "customers". Index and query must agree.
 */
export const TEXT_SEARCH_CONFIG = "english";

/**
 * Writes the search documents of a project's freshly copied nodes, in the
 * ingest's transaction. The text goes through a temporary table, so that
 * Postgres builds the tsvectors without a second copy of the text being
 * kept; the node ids come from the rows just written.
 */
export async function writeSearchDocuments(
  client: pg.PoolClient,
  projectId: number,
  snapshot: ProjectSnapshot,
): Promise<void> {
  const groups = new Map(snapshot.groups.map((g) => [g.name, g]));
  await client.query(`CREATE TEMP TABLE search_staging (
    unique_id text NOT NULL, owners text[] NOT NULL, name_text text NOT NULL, name_words text[] NOT NULL,
    tag_text text NOT NULL, description_text text NOT NULL, column_text text NOT NULL
  ) ON COMMIT DROP`);
  await copyRows(
    client,
    "search_staging",
    [
      "unique_id",
      "owners",
      "name_text",
      "name_words",
      "tag_text",
      "description_text",
      "column_text",
    ],
    snapshot.nodes.map((node) => {
      const doc = buildSearchDocument(node, groups);
      return [
        doc.uniqueId,
        doc.owners,
        doc.nameText,
        doc.nameWords,
        doc.tagText,
        doc.descriptionText,
        doc.columnText,
      ];
    }),
  );
  const config = `'${TEXT_SEARCH_CONFIG}'`;
  await client.query(
    `INSERT INTO search_documents (node_id, project_id, resource_type, name, access, materialized, is_product, owners, tags, name_document, text_document, column_document)
     SELECT n.id, n.project_id, n.resource_type, n.name, n.access, n.materialized, n.is_product, s.owners, n.tags,
            to_tsvector(${config}, s.name_text),
            setweight(to_tsvector(${config}, s.name_text), 'A')
              || setweight(to_tsvector(${config}, s.tag_text), 'B')
              || setweight(to_tsvector(${config}, s.description_text), 'C'),
            to_tsvector(${config}, s.column_text)
     FROM search_staging s JOIN nodes n ON n.project_id = $1 AND n.unique_id = s.unique_id`,
    [projectId],
  );
  // In word order, so that two ingests adding the same words wait for each
  // other instead of deadlocking.
  await client.query(
    `INSERT INTO search_words (word)
     SELECT DISTINCT w FROM search_staging, unnest(name_words) AS w ORDER BY w
     ON CONFLICT DO NOTHING`,
  );
  await client.query("DROP TABLE search_staging");
}
