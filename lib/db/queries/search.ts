import "server-only";
import type pg from "pg";
import { countFacets, type FacetValue } from "@/lib/search/facets";
import {
  buildExcerpt,
  findWordRanges,
  type Highlighted,
  type HighlightRange,
} from "@/lib/search/highlight";
import { rankMaturityLevel } from "@/lib/search/maturity";
import type { FacetKey, SearchFilters } from "@/lib/search/query";
import { rankCandidates, type MatchTier } from "@/lib/search/rank";
import {
  groupVersions,
  toResultKey,
  type VersionChip,
} from "@/lib/search/group-versions";
import { toPlainText } from "@/lib/search/text";
import { cancelOnAbort } from "../cancel";
import { getPool } from "../client";
import { SET_READ_TIMEOUT } from "./read";
import {
  buildCandidateBranches,
  buildFilterConditions,
  buildTsQuery,
  IS_PRODUCT_SQL,
  MATURITY_LEVEL_SQL,
  NEAR_WORD_SIMILARITY,
  SqlParams,
  type CandidateBranch,
} from "./search-sql";

export type { FacetValue };

export type SearchRequest = {
  /** Free text, qualifiers already taken out. */
  text: string;
  words: string[];
  filters: SearchFilters;
  limit: number;
  offset: number;
};

export type MatchedColumn = {
  name: string;
  nameHighlights: HighlightRange[];
  description: Highlighted;
};

export type SearchHit = {
  uniqueId: string;
  project: string;
  name: string;
  label: string | null;
  resourceType: string;
  access: string | null;
  materialized: string | null;
  version: string | null;
  /** Other versions of this model that matched too (newest first); it is shown as its latest. */
  otherVersions: VersionChip[];
  owners: string[];
  tags: string[];
  isProduct: boolean;
  level: string | null;
  tier: MatchTier;
  /** Relevance inside the tier, 0 (best) to 1. */
  score: number;
  nameHighlights: HighlightRange[];
  description: Highlighted;
  /** Columns whose name or description matched (a few at most). */
  columns: MatchedColumn[];
};

export type SearchResult = {
  hits: SearchHit[];
  /** Ranked candidates (a model's versions count once): every match when `isComplete`, else the best ≤ 500. */
  total: number;
  /** False when some way of finding candidates hit its bound: more nodes match than were ranked. */
  isComplete: boolean;
  /** When nothing matched: the query with each unknown word spelled as the nearest name word, if that finds something. */
  didYouMean: string | null;
  /** Counts over the ranked candidates. */
  facets: Record<FacetKey, FacetValue[]>;
  tookMs: number;
};

const MAX_MATCHED_COLUMNS = 3;

/**
 * Searches the mesh. Postgres narrows: each way of finding candidates
 * (exact name, name prefix, names holding the query's words or their
 * nearest vocabulary words, full text among products, among all, in
 * columns) is an index scan stopped at a
 * bound, so a query costs the same however many nodes match. JS ranks the
 * ≤ 500 candidates (lib/search/rank), counts facets over them and
 * highlights the page shown. One read-only snapshot; cancelled when
 * `signal` aborts (the caller went away).
 */
export async function searchNodes(
  request: SearchRequest,
  options: { signal?: AbortSignal } = {},
): Promise<SearchResult> {
  const started = performance.now();
  const client = await getPool().connect();
  const stopListening = cancelOnAbort(client, options.signal);
  try {
    // Every candidate condition has an index. When the planner expects a
    // word to be common it prefers a sequential scan that stops at the LIMIT,
    // which is a gamble on where the matches lie: projects are stored
    // together, and a word of one domain took 0.8 s to reach at 100k nodes.
    await client.query(
      `BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SET LOCAL enable_seqscan = off;
       SET LOCAL pg_trgm.similarity_threshold = ${NEAR_WORD_SIMILARITY}; ${SET_READ_TIMEOUT}`,
    );
    const { candidates, isComplete } = await readCandidates(client, request);
    const ranked = groupVersions(rankCandidates(request.text, candidates));
    const didYouMean =
      ranked.length === 0 ? await suggestSpelling(client, request) : null;
    const page = ranked.slice(request.offset, request.offset + request.limit);
    // Text is read for the page shown only, never for every candidate.
    const descriptions = await readDescriptions(
      client,
      page.map((r) => r.item.id),
    );
    const columns = await readMatchedColumns(
      client,
      page.filter((r) => r.item.hasColumnMatch).map((r) => r.item.id),
      request.words,
    );
    await client.query("COMMIT");
    return {
      hits: page.map(({ item, tier, score, nameRanges, otherVersions }) => ({
        uniqueId: item.uniqueId,
        project: item.project,
        name: item.name,
        label: item.label,
        resourceType: item.resourceType,
        access: item.access,
        materialized: item.materialized,
        version: item.version,
        otherVersions,
        owners: item.owners,
        tags: item.tags,
        isProduct: item.isProduct,
        level: item.level,
        tier,
        score: Math.round(score * 1000) / 1000,
        nameHighlights: nameRanges,
        description: excerptOf(descriptions.get(item.id) ?? "", request.words),
        columns: columns.get(item.id) ?? [],
      })),
      total: ranked.length,
      isComplete,
      didYouMean,
      facets: countFacets(candidates, toResultKey),
      tookMs: Math.round((performance.now() - started) * 10) / 10,
    };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    stopListening();
    client.release();
  }
}

type CandidateRow = {
  id: string;
  unique_id: string;
  project: string;
  name: string;
  label: string | null;
  resource_type: string;
  access: string | null;
  materialized: string | null;
  version: string | null;
  latest_version: string | null;
  owners: string[];
  tags: string[];
  is_product: boolean;
  level: string | null;
  has_text: boolean;
  has_column: boolean;
  text_rank: number;
  branches: string[];
};

function toBranchSql(branch: CandidateBranch, where: string): string {
  const order = branch.order ? ` ORDER BY ${branch.order}` : "";
  return `(SELECT d.node_id, '${branch.name}' AS branch FROM search_documents d WHERE ${where} AND ${branch.condition}${order} LIMIT ${branch.limit})`;
}

async function readCandidates(client: pg.PoolClient, request: SearchRequest) {
  const params = new SqlParams();
  const branches = buildCandidateBranches(request.text, request.words, params);
  const where = buildFilterConditions(request.filters, params).join(" AND ");
  const tsQuery =
    request.words.length > 0 ? buildTsQuery(request.words, params) : null;
  const { rows } = await client.query<CandidateRow>(
    `WITH c AS (
       SELECT node_id, array_agg(branch) AS branches
       FROM (${branches.map((b) => toBranchSql(b, where)).join(" UNION ALL ")}) u
       GROUP BY node_id)
     SELECT n.id::text AS id, n.unique_id, p.name AS project, n.name, n.label, n.resource_type,
            n.access, n.materialized, n.version, n.latest_version,
            d.owners, d.tags, ${IS_PRODUCT_SQL} AS is_product, ${MATURITY_LEVEL_SQL} AS level,
            ${tsQuery ? `d.text_document @@ ${tsQuery}` : "false"} AS has_text,
            ${tsQuery ? `d.column_document @@ ${tsQuery}` : "false"} AS has_column,
            ${tsQuery ? `ts_rank(d.text_document, ${tsQuery})` : "0"}::float8 AS text_rank,
            c.branches
     FROM c JOIN search_documents d ON d.node_id = c.node_id
       JOIN nodes n ON n.id = c.node_id JOIN projects p ON p.id = d.project_id`,
    params.values,
  );
  const found = new Map<string, number>();
  for (const row of rows)
    for (const branch of row.branches)
      found.set(branch, (found.get(branch) ?? 0) + 1);
  return {
    isComplete: branches.every((b) => (found.get(b.name) ?? 0) < b.limit),
    candidates: rows.map((row) => ({
      id: row.id,
      uniqueId: row.unique_id,
      project: row.project,
      name: row.name,
      label: row.label,
      resourceType: row.resource_type,
      access: row.access,
      materialized: row.materialized,
      version: row.version,
      latestVersion: row.latest_version,
      owners: row.owners,
      tags: row.tags,
      isProduct: row.is_product,
      level: row.level,
      maturityRank: rankMaturityLevel(row.level),
      hasTextMatch: row.has_text,
      hasColumnMatch: row.has_column,
      textRank: row.text_rank,
    })),
  };
}

/** How far a suggestion may be from a word (pg_trgm similarity): looser than the typo tolerance of search itself. */
const SUGGESTION_SIMILARITY = 0.15;

/**
 * "Did you mean": each query word not in the vocabulary of name words,
 * replaced by the nearest one (trigram distance) that starts with the same
 * letter (as spelling suggesters do: typos rarely hit the first letter),
 * offered only when the query so spelled finds something under the same
 * filters.
 */
async function suggestSpelling(
  client: pg.PoolClient,
  request: SearchRequest,
): Promise<string | null> {
  if (request.words.length === 0) return null;
  await client.query(
    `SET LOCAL pg_trgm.similarity_threshold = ${SUGGESTION_SIMILARITY}`,
  );
  const { rows } = await client.query<{ word: string; nearest: string | null }>(
    `SELECT q.word,
            CASE WHEN EXISTS (SELECT 1 FROM search_words k WHERE k.word = q.word) THEN q.word
                 ELSE (SELECT s.word FROM search_words s
                       WHERE s.word % q.word AND left(s.word, 1) = left(q.word, 1)
                       ORDER BY s.word <-> q.word LIMIT 1) END AS nearest
     FROM unnest($1::text[]) WITH ORDINALITY AS q(word, position) ORDER BY q.position`,
    [request.words],
  );
  const words = rows.map((row) => row.nearest ?? row.word);
  if (words.join(" ") === request.words.join(" ")) return null;
  const text = words.join(" ");
  const retry = await readCandidates(client, { ...request, text, words });
  return retry.candidates.length > 0 ? text : null;
}

async function readDescriptions(
  client: pg.PoolClient,
  nodeIds: string[],
): Promise<Map<string, string>> {
  if (nodeIds.length === 0) return new Map();
  const { rows } = await client.query<{ id: string; description: string }>(
    "SELECT id::text, left(description, 4000) AS description FROM nodes WHERE id = ANY($1::bigint[])",
    [nodeIds],
  );
  return new Map(rows.map((row) => [row.id, row.description]));
}

async function readMatchedColumns(
  client: pg.PoolClient,
  nodeIds: string[],
  words: string[],
): Promise<Map<string, MatchedColumn[]>> {
  const byNode = new Map<string, MatchedColumn[]>();
  if (nodeIds.length === 0 || words.length === 0) return byNode;
  const { rows } = await client.query<{
    node_id: string;
    name: string;
    description: string;
  }>(
    `SELECT node_id::text, name, left(description, 2000) AS description
     FROM columns WHERE node_id = ANY($1::bigint[]) ORDER BY node_id, position`,
    [nodeIds],
  );
  for (const row of rows) {
    const matched = byNode.get(row.node_id) ?? [];
    if (matched.length >= MAX_MATCHED_COLUMNS) continue;
    const nameHighlights = findWordRanges(row.name, words);
    const description = excerptOf(row.description, words, 140);
    if (nameHighlights.length === 0 && description.ranges.length === 0)
      continue;
    matched.push({ name: row.name, nameHighlights, description });
    byNode.set(row.node_id, matched);
  }
  return byNode;
}

function excerptOf(
  text: string,
  words: string[],
  maxLength?: number,
): Highlighted {
  const plain = toPlainText(text);
  return buildExcerpt(plain, findWordRanges(plain, words), maxLength);
}
