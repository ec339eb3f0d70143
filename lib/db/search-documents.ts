import "server-only";
import { randomBytes } from "node:crypto";
import type pg from "pg";
import { now } from "@/lib/clock";
import type { ProjectSnapshot } from "@/lib/mesh/snapshot";
import { buildSearchDocument } from "@/lib/search/document";
import { getPool } from "./client";
import { copyRows } from "./copy";
import { replaceProjectWords } from "./search-vocabulary";

/**
 * The text search configuration of every tsvector and tsquery: English
 * stemming, so that "customer" finds "customers". Index and query must agree.
 */
export const TEXT_SEARCH_CONFIG = "english";

const PREP_PREFIX = "search_prep_";
/** A scratch table older than this was left by an ingest that died. */
const STALE_PREP_SECONDS = 3600;

/** A project's search vectors, computed and waiting in a scratch table. */
export type PreparedSearchDocuments = {
  table: string;
  drop: () => Promise<void>;
};

/** From this many nodes on, vectors are computed beside the transaction rather than in it. */
export const PREPARE_ASIDE_FROM_NODES = 2_000;

/**
 * Computes the tsvectors of a large snapshot's search documents on a
 * connection of its own, outside the ingest transaction. Tokenizing a large
 * project's text is seconds of Postgres work (16 MB of descriptions and
 * columns for a 20k-node project): done here, it runs on one core while the
 * ingest transaction copies the snapshot on the other, and the transaction
 * only copies the finished vectors. The scratch table is unlogged (nothing to
 * recover) and dropped by `drop()`. For a small project, the extra table costs
 * more than it saves: see `prepareSearchDocumentsHere`.
 */
export async function prepareSearchDocumentsAside(
  snapshot: ProjectSnapshot,
): Promise<PreparedSearchDocuments> {
  const table = `${PREP_PREFIX}${Math.floor(now().getTime() / 1000)}_${randomBytes(4).toString("hex")}`;
  const client = await getPool().connect();
  try {
    await dropStalePrepTables(client);
    await computeSearchVectors(
      client,
      snapshot,
      `CREATE UNLOGGED TABLE ${table}`,
    );
  } finally {
    client.release();
  }
  return {
    table,
    drop: () =>
      getPool()
        .query(`DROP TABLE IF EXISTS ${table}`)
        .then(() => {}),
  };
}

/** Computes the search vectors inside the ingest transaction, in a temporary table it drops at commit. */
export async function prepareSearchDocumentsHere(
  client: pg.PoolClient,
  snapshot: ProjectSnapshot,
): Promise<PreparedSearchDocuments> {
  await computeSearchVectors(
    client,
    snapshot,
    "CREATE TEMP TABLE search_prepared ON COMMIT DROP",
  );
  return { table: "search_prepared", drop: async () => {} };
}

/** Copies each node's search text to a staging table and has Postgres turn it into vectors in `create`'s table. */
async function computeSearchVectors(
  client: pg.PoolClient,
  snapshot: ProjectSnapshot,
  create: string,
): Promise<void> {
  await client.query(`CREATE TEMP TABLE search_staging (
    unique_id text NOT NULL, owners text[] NOT NULL, name_text text NOT NULL, name_words text[] NOT NULL,
    tag_text text NOT NULL, description_text text NOT NULL, column_text text NOT NULL
  )`);
  const groups = new Map(snapshot.groups.map((g) => [g.name, g]));
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
    (function* () {
      for (const node of snapshot.nodes) {
        const doc = buildSearchDocument(node, groups);
        yield [
          doc.uniqueId,
          doc.owners,
          doc.nameText,
          doc.nameWords,
          doc.tagText,
          doc.descriptionText,
          doc.columnText,
        ];
      }
    })(),
  );
  const config = `'${TEXT_SEARCH_CONFIG}'`;
  await client.query(
    `${create} AS
     SELECT s.unique_id, s.owners, s.name_words,
            to_tsvector(${config}, s.name_text) AS name_document,
            setweight(to_tsvector(${config}, s.name_text), 'A')
              || setweight(to_tsvector(${config}, s.tag_text), 'B')
              || setweight(to_tsvector(${config}, s.description_text), 'C') AS text_document,
            to_tsvector(${config}, s.column_text) AS column_document
     FROM search_staging s`,
  );
  await client.query("DROP TABLE search_staging");
}

/**
 * Writes the prepared search documents of a project's freshly copied nodes,
 * in the ingest's transaction (node ids come from the rows just written), and
 * the project's name words, which syncVocabulary later brings into the
 * vocabulary typo tolerance searches.
 */
export async function writeSearchDocuments(
  client: pg.PoolClient,
  projectId: number,
  prepared: PreparedSearchDocuments,
): Promise<void> {
  await client.query(
    `INSERT INTO search_documents (node_id, project_id, resource_type, name, access, materialized, is_product, owners, tags, name_document, text_document, column_document)
     SELECT n.id, n.project_id, n.resource_type, n.name, n.access, n.materialized, n.is_product, p.owners, n.tags,
            p.name_document, p.text_document, p.column_document
     FROM ${prepared.table} p JOIN nodes n ON n.project_id = $1 AND n.unique_id = p.unique_id`,
    [projectId],
  );
  await replaceProjectWords(client, projectId, prepared.table);
}

async function dropStalePrepTables(client: pg.PoolClient): Promise<void> {
  const oldest = Math.floor(now().getTime() / 1000) - STALE_PREP_SECONDS;
  const stale = await client.query<{ tablename: string }>(
    "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename LIKE $1",
    [`${PREP_PREFIX}%`],
  );
  for (const { tablename } of stale.rows) {
    const createdAt = Number(tablename.slice(PREP_PREFIX.length).split("_")[0]);
    if (Number.isFinite(createdAt) && createdAt < oldest)
      await client.query(`DROP TABLE IF EXISTS ${tablename}`);
  }
}
