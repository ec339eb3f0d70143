/**
 * Representative search queries drawn from the benchmark mesh itself: exact
 * names, prefixes, typos, description and column words, alone and with
 * facets. Deterministic for a given seed.
 */
import { parseSearchQuery } from "@/lib/search/query";
import type { SearchRequest } from "@/lib/db/queries/search";

export type BenchQuery = {
  kind: string;
  label: string;
  request: SearchRequest;
};

export type QuerySources = {
  names: string[];
  descriptionWords: string[];
  columnWords: string[];
  projects: string[];
};

/** A small deterministic PRNG (mulberry32), so that runs compare. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One character dropped from the middle: the commonest typo. */
export function addTypo(name: string, random: () => number): string {
  if (name.length < 5) return name;
  const at = 2 + Math.floor(random() * (name.length - 4));
  return name.slice(0, at) + name.slice(at + 1);
}

/** Three letters no name is made of: consonants only. */
export function makeNonWord(random: () => number): string {
  const letters = "bcdfghjklmnpqrstvwxz";
  return Array.from(
    { length: 3 },
    () => letters[Math.floor(random() * letters.length)],
  ).join("");
}

function toRequest(raw: string, limit = 20): SearchRequest {
  const parsed = parseSearchQuery(raw);
  return {
    text: parsed.text,
    words: parsed.words,
    filters: parsed.filters,
    limit,
    offset: 0,
  };
}

/** `perKind` queries of each kind, from names and words found in the mesh. */
export function buildBenchQueries(
  sources: QuerySources,
  perKind: number,
  seed = 7,
): BenchQuery[] {
  const random = createRandom(seed);
  const pick = <T>(items: T[]): T =>
    items[Math.floor(random() * items.length)] as T;
  const kinds: Record<string, () => string> = {
    "exact name": () => pick(sources.names),
    prefix: () => pick(sources.names).slice(0, 3 + Math.floor(random() * 4)),
    "word of a name": () =>
      pick(
        pick(sources.names)
          .split("_")
          .filter((w) => w.length >= 4)
          .concat(["orders"]),
      ),
    typo: () => addTypo(pick(sources.names), random),
    "description word": () => pick(sources.descriptionWords),
    "two description words": () =>
      `${pick(sources.descriptionWords)} ${pick(sources.descriptionWords)}`,
    "column word": () => pick(sources.columnWords),
    "name + project facet": () =>
      `${pick(sources.names).split("_").at(-1) ?? ""} project:${pick(sources.projects)}`,
    "word + type and access facets": () =>
      `${pick(sources.descriptionWords)} type:model access:public`,
    "typeahead (limit 8)": () =>
      pick(sources.names).slice(0, 2 + Math.floor(random() * 5)),
    "facets only": () => `project:${pick(sources.projects)} type:model`,
    // What once took 29.5 s: many short words that match nothing, each
    // looked up among the vocabulary for typos.
    "27 words matching nothing": () =>
      Array.from({ length: 27 }, () => makeNonWord(random)).join(" "),
  };
  return Object.entries(kinds).flatMap(([kind, make]) =>
    Array.from({ length: perKind }, () => {
      const label = make();
      return {
        kind,
        label,
        request: toRequest(label, kind.startsWith("typeahead") ? 8 : 20),
      };
    }),
  );
}
