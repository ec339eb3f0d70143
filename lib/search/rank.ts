import Fuse from "fuse.js";
import { compareCodePoints } from "@/lib/artifacts/code-point-order";
import { compareVersions } from "@/lib/artifacts/versions";
import type { HighlightRange } from "./highlight";
import { mergeRanges } from "./highlight";
import { toNameKey } from "./text";

/** What ranking needs of a candidate; the search query fills it from Postgres. */
export type RankInput = {
  name: string;
  /** A data product (today: `access: public`). */
  isProduct: boolean;
  /** Higher is more mature; null when the node has no level. */
  maturityRank: number | null;
  /** The query matched the label, tags or description (full text). */
  hasTextMatch: boolean;
  /** The query matched a column name or description (full text). */
  hasColumnMatch: boolean;
  /** Postgres' ts_rank of the full-text match, 0 without one. */
  textRank: number;
  /** A versioned model's version: the newest comes first among equals. */
  version?: string | null;
};

/**
 * Why a result matched, best first: the whole name, the start of the name,
 * the start of a word of the name (`orders` in `fct_orders`), a name within
 * typing distance or containing the query, then the text, then columns only,
 * then a name that merely resembles the query (trigram similarity without a
 * close typo distance). `browse` is a search without text, by facets alone.
 */
export const MATCH_TIERS = [
  "exact",
  "prefix",
  "word",
  "fuzzy",
  "text",
  "column",
  "similar",
  "browse",
] as const;

export type MatchTier = (typeof MATCH_TIERS)[number];

export type Ranked<T> = {
  item: T;
  tier: MatchTier;
  /** Relevance inside the tier, 0 (best) to 1. */
  score: number;
  /** Where the query matches the name. */
  nameRanges: HighlightRange[];
};

/** Fuse's Bitap score above which a name is not a typo of the query ("custmers" → "customers" scores 0.125). */
const FUZZY_THRESHOLD = 0.35;

/**
 * Orders candidates for a query. Data products whose name holds the query
 * first, then tiers (exact name, prefix, word prefix, fuzzy name, text,
 * columns); inside a tier data products come before
 * internal nodes, then higher maturity, then relevance (fuzzy distance,
 * shorter names for prefixes, full-text rank for text), then the name.
 */
export function rankCandidates<T extends RankInput>(
  query: string,
  candidates: readonly T[],
): Ranked<T>[] {
  const key = toNameKey(query);
  const pattern = buildNamePattern(key);
  const byName = candidates.map((item) => matchName(key, pattern, item));
  // fuse.js only scores the names plain string checks did not place.
  const rest = candidates.filter((_, index) => byName[index] === null);
  const fuzzy = scoreFuzzyNames(key, rest);
  return candidates
    .map((item, index) => ({
      item,
      ...(byName[index] ?? matchText(item, fuzzy.get(item))),
    }))
    .map((ranked) => ({ ranked, tier: precedence(ranked) }))
    .sort((a, b) => a.tier - b.tier || compareInTier(a.ranked, b.ranked))
    .map(({ ranked }) => ranked);
}

/** Tiers in which a data product goes before every other node. */
const PRODUCT_FIRST_TIERS: readonly MatchTier[] = ["exact", "prefix", "word"];

/**
 * A result's place: its tier, except that a data product whose name holds
 * the query (whole, at its start or at a word's start) comes before every
 * other node's name match. For `orders`, the `fct_orders` product comes
 * before a source or semantic model named `orders`: an analyst looks for
 * the product.
 */
function precedence(ranked: Ranked<RankInput>): number {
  const tier = MATCH_TIERS.indexOf(ranked.tier);
  return ranked.item.isProduct && PRODUCT_FIRST_TIERS.includes(ranked.tier)
    ? tier - MATCH_TIERS.length
    : tier;
}

type Match = Omit<Ranked<never>, "item">;
type FuzzyScore = { score: number; ranges: HighlightRange[] };

/** Exact, prefix, word prefix or substring of the name; null when none. */
function matchName(
  key: string,
  pattern: RegExp | null,
  item: RankInput,
): Match | null {
  if (key === "") return { tier: "browse", score: 0, nameRanges: [] };
  const name = toNameKey(item.name);
  const lengthScore = 1 - key.length / Math.max(name.length, key.length);
  const at = () => findNameKey(item.name, pattern);
  if (name === key) return { tier: "exact", score: 0, nameRanges: at() };
  if (name.startsWith(key))
    return { tier: "prefix", score: lengthScore, nameRanges: at() };
  if (`_${name}`.includes(`_${key}`))
    return { tier: "word", score: lengthScore, nameRanges: at() };
  if (name.includes(key))
    return { tier: "fuzzy", score: lengthScore / 2, nameRanges: at() };
  return null;
}

/** A typo of the name, else the text, else columns, else a name that only resembles the query. */
function matchText(item: RankInput, fuzzy: FuzzyScore | undefined): Match {
  if (fuzzy && fuzzy.score <= FUZZY_THRESHOLD)
    return { tier: "fuzzy", score: fuzzy.score, nameRanges: fuzzy.ranges };
  const textScore = 1 / (1 + item.textRank * 10);
  if (item.hasTextMatch)
    return { tier: "text", score: textScore, nameRanges: [] };
  if (item.hasColumnMatch)
    return { tier: "column", score: textScore, nameRanges: [] };
  return { tier: "similar", score: fuzzy?.score ?? 1, nameRanges: [] };
}

function compareInTier<T extends RankInput>(
  a: Ranked<T>,
  b: Ranked<T>,
): number {
  return (
    Number(b.item.isProduct) - Number(a.item.isProduct) ||
    (b.item.maturityRank ?? -1) - (a.item.maturityRank ?? -1) ||
    a.score - b.score ||
    a.item.name.length - b.item.name.length ||
    compareCodePoints(a.item.name, b.item.name) ||
    compareVersions(b.item.version ?? "", a.item.version ?? "")
  );
}

/** Typo distance of each candidate's name to the query, by fuse.js over the bounded candidate set. */
function scoreFuzzyNames(
  key: string,
  candidates: readonly RankInput[],
): Map<RankInput, FuzzyScore> {
  const scores = new Map<RankInput, FuzzyScore>();
  if (key.length < 3) return scores;
  const fuse = new Fuse(candidates, {
    keys: ["name"],
    includeScore: true,
    includeMatches: true,
    ignoreLocation: true,
    // Scores past the threshold still rank the `similar` tier.
    threshold: 0.45,
    minMatchCharLength: 2,
    shouldSort: false,
    // The name as written, so that match indices point into what is shown.
    getFn: (item) => item.name,
  });
  for (const result of fuse.search(key)) {
    const indices = result.matches?.[0]?.indices ?? [];
    scores.set(result.item, {
      score: result.score ?? 1,
      ranges: mergeRanges(
        indices.map(([start, end]) => ({ start, end: end + 1 })),
      ),
    });
  }
  return scores;
}

/**
 * Finds the query's name key in a name as written, ignoring case and
 * treating spaces, dashes and underscores alike; built once per query.
 */
function buildNamePattern(key: string): RegExp | null {
  if (key === "") return null;
  const source = key
    .split("_")
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("[^\\p{L}\\p{N}]+");
  return new RegExp(source, "iu");
}

function findNameKey(name: string, pattern: RegExp | null): HighlightRange[] {
  const match = pattern?.exec(name);
  return match
    ? [{ start: match.index, end: match.index + match[0].length }]
    : [];
}

const TIER_REASONS: Record<MatchTier, string> = {
  exact: "Exact name",
  prefix: "Name starts with the query",
  word: "A word of the name starts with the query",
  fuzzy: "Name close to the query",
  text: "Label, tags or description",
  column: "Column name or description",
  similar: "Name resembles the query",
  browse: "Matches the filters",
};

/** Why a result matched, in words, for people and API clients. */
export function describeMatchTier(tier: MatchTier): string {
  return TIER_REASONS[tier];
}
