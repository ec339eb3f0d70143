import "server-only";
import { TEST_TYPES } from "@/lib/artifacts/resource-types";
import type { SearchFilters } from "@/lib/search/query";
import { toNameKey } from "@/lib/search/text";
import { TEXT_SEARCH_CONFIG } from "../search-documents";

/**
 * THE place where a node's maturity level enters search: the stored score of
 * the product (at most one key lookup per candidate, and current even when
 * another project's ingest re-scored it); null for nodes that are not products.
 */
export const MATURITY_LEVEL_SQL =
  "(SELECT ps.level FROM product_scores ps JOIN nodes pn ON pn.project_id = ps.project_id AND pn.unique_id = ps.unique_id WHERE pn.id = d.node_id)";

/**
 * Whether `d` is a data product, as the policy decided at its ingest. The
 * partial indexes search_documents_product_*_idx have this predicate, so
 * that the products-first branches scan products only.
 */
export const IS_PRODUCT_SQL = "d.is_product";

/** Resource types left out unless a type filter asks for them: tests would drown the models they test. */
export const HIDDEN_BY_DEFAULT_TYPES = TEST_TYPES;

/** Vocabulary words tried for each query word: the word itself and its nearest by trigram distance. */
const NEAR_WORDS = 4;
/**
 * Query words that get typo tolerance; later ones match as written, and so
 * does a word the vocabulary holds as it is (a key lookup instead of a walk
 * through the trigram index: at 300k words that walk cost every query,
 * exact names included, 40 ms a word).
 */
const FUZZY_WORDS = 4;
/**
 * Trigram similarity a vocabulary word needs to stand in for a query word
 * (a transposition in a short word, "oredrs" ~ "orders", is 0.27). Set as
 * pg_trgm.similarity_threshold for the search's transaction, so that the
 * `%` operator checks it inside the GiST index: with `similarity() >=` as a
 * filter instead, a word near nothing walked the whole index (0.9 s at
 * 300k words) looking for four that pass.
 */
export const NEAR_WORD_SIMILARITY = 0.25;

/** Positional parameters for one statement. */
export class SqlParams {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * One way of finding candidates: an index scan under a LIMIT. None sorts
 * its whole match (a common word matches tens of thousands of nodes at
 * 100k): each stops after `limit` rows, in index order where the index has
 * one (name prefixes alphabetically, names by trigram distance).
 */
export type CandidateBranch = {
  name: string;
  condition: string;
  order?: string;
  limit: number;
};

/**
 * The candidate branches of a search, at most 500 candidates in all: exact
 * names, name prefixes, names holding the query's words or their nearest
 * vocabulary words (typos; products first), full-text matches among data
 * products, among all, and in columns. Without text: data products, then
 * anything, by facets.
 */
export function buildCandidateBranches(
  text: string,
  words: readonly string[],
  params: SqlParams,
): CandidateBranch[] {
  if (words.length === 0)
    return [
      { name: "products", condition: IS_PRODUCT_SQL, limit: 250 },
      { name: "browse", condition: "true", limit: 250 },
    ];
  const tsQuery = buildTsQuery(words, params);
  const branches: CandidateBranch[] = [];
  const rawKey = text.trim().toLowerCase().replace(/\s+/g, "_");
  // Exact and prefix scans are ordered btree range scans: cheap even for
  // one or two typed characters, which is what a typeahead starts with.
  const lowerName = `lower(d.name) COLLATE "C"`;
  if (rawKey !== "")
    branches.push(
      {
        name: "exact",
        condition: `${lowerName} = ${params.add(rawKey)}::text`,
        limit: 25,
      },
      {
        name: "prefix",
        condition: `${lowerName} LIKE ${params.add(`${escapeLike(rawKey)}%`)}::text`,
        order: lowerName,
        limit: 100,
      },
    );
  if (toNameKey(text).length >= 3) {
    const near = buildNameWordsQuery(words, params);
    branches.push(
      {
        name: "near-products",
        condition: `d.name_document @@ ${near} AND ${IS_PRODUCT_SQL}`,
        limit: 50,
      },
      { name: "near", condition: `d.name_document @@ ${near}`, limit: 75 },
    );
  }
  branches.push(
    {
      name: "text-products",
      condition: `d.text_document @@ ${tsQuery} AND ${IS_PRODUCT_SQL}`,
      limit: 100,
    },
    { name: "text", condition: `d.text_document @@ ${tsQuery}`, limit: 100 },
    { name: "column", condition: `d.column_document @@ ${tsQuery}`, limit: 50 },
  );
  return branches;
}

/**
 * A tsquery matching names (name words and label) that hold, for
 * every query word, the word itself or one of its nearest words in the
 * vocabulary of name words (search_words, trigram KNN): typo tolerance
 * without comparing the query with every name. Computed once per query
 * (an InitPlan), so the GIN index serves it.
 */
export function buildNameWordsQuery(
  words: readonly string[],
  params: SqlParams,
): string {
  return `(SELECT to_tsquery('${TEXT_SEARCH_CONFIG}', string_agg(alternatives, ' & '))
    FROM (SELECT '(' || string_agg(v.word, ' | ') || ')' AS alternatives
      FROM unnest(${params.add(words)}::text[]) WITH ORDINALITY AS q(word, position)
      CROSS JOIN LATERAL (
        SELECT q.word
        UNION
        (SELECT s.word FROM search_words s
          WHERE length(q.word) >= 3 AND q.position <= ${FUZZY_WORDS}
            AND NOT EXISTS (SELECT 1 FROM search_words known WHERE known.word = q.word)
            AND s.word % q.word
          ORDER BY s.word <-> q.word LIMIT ${NEAR_WORDS})
      ) AS v
      GROUP BY q.position) AS groups)`;
}

/** Shorter words match whole words only: a prefix of one or two letters would expand to most of the index. */
const MIN_PREFIX_LENGTH = 3;

/**
 * The query words as a tsquery: every word must match, each as a prefix
 * (`cust` finds "customers") from three letters on. Words are letters and
 * digits only, so they cannot inject tsquery syntax.
 */
export function buildTsQuery(
  words: readonly string[],
  params: SqlParams,
): string {
  const query = words
    .map((word) => (word.length >= MIN_PREFIX_LENGTH ? `${word}:*` : word))
    .join(" & ");
  return `to_tsquery('${TEXT_SEARCH_CONFIG}', ${params.add(query)}::text)`;
}

/**
 * The facet filters as conditions on `d`: values of one facet are
 * alternatives, facets combine. Tests are hidden unless a type is chosen.
 */
export function buildFilterConditions(
  filters: SearchFilters,
  params: SqlParams,
): string[] {
  const conditions: string[] = [];
  const { project, type, access, materialized, owner, tag, level } = filters;
  if (project?.length)
    conditions.push(
      `d.project_id IN (SELECT id FROM projects WHERE name = ANY(${params.add(project)}::text[]))`,
    );
  conditions.push(
    type?.length
      ? `d.resource_type = ANY(${params.add(type)}::text[])`
      : `d.resource_type <> ALL(${params.add(HIDDEN_BY_DEFAULT_TYPES)}::text[])`,
  );
  if (access?.length)
    conditions.push(`d.access = ANY(${params.add(access)}::text[])`);
  if (materialized?.length)
    conditions.push(
      `d.materialized = ANY(${params.add(materialized)}::text[])`,
    );
  if (owner?.length)
    conditions.push(`d.owners && ${params.add(owner)}::text[]`);
  if (tag?.length) conditions.push(`d.tags && ${params.add(tag)}::text[]`);
  if (level?.length)
    conditions.push(
      `${MATURITY_LEVEL_SQL} = ANY(${params.add(level)}::text[])`,
    );
  return conditions;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
