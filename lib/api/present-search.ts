import type { SearchResult } from "@/lib/db/queries/search";
import type { SearchInput } from "@/lib/search/params";
import { describeMatchTier } from "@/lib/search/rank";
import { nodeUrl } from "@/lib/urls";

/** The JSON shape of `GET /api/v1/search`. */
export function presentSearch(input: SearchInput, result: SearchResult) {
  return {
    query: { q: input.q, text: input.text, filters: input.filters },
    total: result.total,
    isComplete: result.isComplete,
    didYouMean: result.didYouMean,
    tookMs: result.tookMs,
    results: result.hits.map((hit) => ({
      uniqueId: hit.uniqueId,
      project: hit.project,
      name: hit.name,
      label: hit.label,
      resourceType: hit.resourceType,
      access: hit.access,
      materialized: hit.materialized,
      version: hit.version,
      otherVersions: hit.otherVersions.map((other) => ({
        ...other,
        url: nodeUrl({
          ...hit,
          uniqueId: other.uniqueId,
          version: other.version,
        }),
      })),
      owners: hit.owners,
      tags: hit.tags,
      isProduct: hit.isProduct,
      level: hit.level,
      url: nodeUrl(hit),
      match: {
        tier: hit.tier,
        reason: describeMatchTier(hit.tier),
        score: hit.score,
      },
      nameHighlights: hit.nameHighlights,
      description: {
        text: hit.description.text,
        highlights: hit.description.ranges,
      },
      columns: hit.columns.map((column) => ({
        name: column.name,
        nameHighlights: column.nameHighlights,
        description: {
          text: column.description.text,
          highlights: column.description.ranges,
        },
      })),
    })),
    facets: result.facets,
  };
}

export type SearchResponse = ReturnType<typeof presentSearch>;
