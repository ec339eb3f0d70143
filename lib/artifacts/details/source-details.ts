import type { FreshnessThresholds, SourceDetails } from "../node-details";
import { readPeriod, readRecord, readText } from "./fields";

/**
 * Freshness thresholds from a `freshness:` block (a source's, its config's,
 * or sources.json's `criteria`); null when it sets neither warn nor error,
 * in which case dbt never checks the source.
 */
export function readFreshnessThresholds(
  value: unknown,
): FreshnessThresholds | null {
  const block = readRecord(value);
  const warnAfter = readPeriod(block.warn_after);
  const errorAfter = readPeriod(block.error_after);
  if (warnAfter === null && errorAfter === null) return null;
  return { warnAfter, errorAfter, filter: readText(block.filter) };
}

/**
 * A source table's `sources:` entry. dbt 1.9 moved `freshness` and
 * `loaded_at_field` under `config`: the node's own value wins, then its config's.
 */
export function readSourceDetails(raw: Record<string, unknown>): SourceDetails {
  const config = readRecord(raw.config);
  return {
    sourceName: readText(raw.source_name),
    sourceDescription: readText(raw.source_description),
    loader: readText(raw.loader),
    loadedAtField:
      readText(raw.loaded_at_field) ?? readText(config.loaded_at_field),
    freshness:
      readFreshnessThresholds(raw.freshness) ??
      readFreshnessThresholds(config.freshness),
  };
}
