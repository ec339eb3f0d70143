import "server-only";
import type { SearchFilters } from "@/lib/search/query";
import { toNameKey } from "@/lib/search/text";
import { TEXT_SEARCH_CONFIG } from "../search-documents";

/**
 * THE place where a node's maturity level enters search: one select
 * expression over `d` (search_documents). Levels are not stored yet, so it is
 * NULL: the level facet has no values, a level filter matches nothing, and
 * ranking skips the maturity tie-break. Once scores are stored, replace it
 * with e.g. `(SELECT s.level FROM product_scores s WHERE s.node_id = d.node_id)`.
 */
export const MATURITY_LEVEL_SQL = "NULL::text";

/** Whether `d` is a data product: a public model, until the policy decides. */
export const IS_PRODUCT_SQL =
  "(d.resource_type = 'model' AND d.access = 'public')";

/** Resource types left out unless a type filter asks for them: they would drown the models they test. */
export const HIDDEN_BY_DEFAULT_TYPES = ["test", "unit_test"];

/** Trigram word similarity a name needs to count as near the query ("custmers" ~ "stg_customers" is 0.58). */
export const WORD_SIMILARITY_THRESHOLD = 0.5;

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
 * names, name prefixes, names nearest by trigram word distance (words of
 * names, substrings, typos), full-text matches among data products, among
 * all, and in columns. Without text: data products, then anything, by facets.
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
    const near = params.add(words.join(" "));
    branches.push({
      name: "near",
      condition: `${near}::text <% d.name`,
      order: `${near}::text <<-> d.name`,
      limit: 125,
    });
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
