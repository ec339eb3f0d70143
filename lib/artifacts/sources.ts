import { z } from "zod";
import { expectArtifact } from "./detect";
import { toTimestamp } from "./timestamp";
import type { FreshnessRecord, ParsedSources } from "./types";
import { validateArtifact } from "./validate";

const text = z.string().nullish();

const freshnessResult = z.object({
  unique_id: z.string(),
  status: z.string(),
  max_loaded_at: text,
  snapshotted_at: text,
  max_loaded_at_time_ago_in_s: z.number().nullish(),
  criteria: z.record(z.string(), z.unknown()).nullish(),
  error: text,
  message: text,
});

const sourcesSchema = z.object({
  metadata: z.object({ generated_at: text, invocation_id: text }),
  results: z.array(freshnessResult),
});

/** Parses sources.json (v1–v3): the last freshness check of each source. */
export function parseSources(file: string, doc: unknown): ParsedSources {
  expectArtifact(file, doc, "sources");
  const raw = validateArtifact(file, sourcesSchema, doc);
  return {
    generatedAt: toTimestamp(raw.metadata.generated_at),
    invocationId: raw.metadata.invocation_id ?? null,
    results: raw.results.map((r): FreshnessRecord => ({
      uniqueId: r.unique_id,
      status: r.status,
      maxLoadedAt: toTimestamp(r.max_loaded_at),
      snapshottedAt: toTimestamp(r.snapshotted_at),
      ageSeconds: r.max_loaded_at_time_ago_in_s ?? null,
      criteria: r.criteria ?? {},
      error: r.error ?? r.message ?? null,
    })),
  };
}
