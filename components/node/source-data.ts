import { z } from "zod";
import { describePeriod, periodSchema, text } from "./data-common";

const freshnessSchema = z
  .object({
    warn_after: periodSchema,
    error_after: periodSchema,
    filter: text,
  })
  .nullish()
  .catch(null);

export type FreshnessCriteria = {
  warnAfter: string | null;
  errorAfter: string | null;
  filter: string | null;
};

/** A source's freshness criteria ("warn after 6 hours"); null when it has none. */
export function readFreshnessCriteria(
  value: unknown,
): FreshnessCriteria | null {
  const parsed = freshnessSchema.parse(value);
  if (!parsed) return null;
  const criteria = {
    warnAfter: describePeriod(parsed.warn_after),
    errorAfter: describePeriod(parsed.error_after),
    filter: parsed.filter ?? null,
  };
  return criteria.warnAfter || criteria.errorAfter ? criteria : null;
}

export type SourceData = {
  sourceName: string | null;
  sourceDescription: string | null;
  loader: string | null;
  loadedAtField: string | null;
  freshness: FreshnessCriteria | null;
};

/** The fields of a source table that come from its `sources:` entry. */
export function readSourceData(data: Record<string, unknown>): SourceData {
  return {
    sourceName: text.parse(data.source_name) ?? null,
    sourceDescription: text.parse(data.source_description) ?? null,
    loader: text.parse(data.loader) || null,
    loadedAtField: text.parse(data.loaded_at_field) ?? null,
    freshness: readFreshnessCriteria(data.freshness),
  };
}
