import { compareOrigins } from "@/lib/artifacts/merge-run-results";
import type {
  ArtifactOrigin,
  FreshnessRecord,
  Recorded,
  RunResultRecord,
} from "@/lib/artifacts/types";
import type { ProjectSnapshot, SnapshotCatalogEntry } from "./snapshot";

/** A result kept from an earlier ingest, with the checksum its node had then. */
export type StoredResult<T> = {
  result: Recorded<T>;
  nodeChecksum: string | null;
};

/** The results a project's stored snapshot holds, per kind. */
export type StoredResults = {
  runResults: StoredResult<RunResultRecord>[];
  freshness: StoredResult<FreshnessRecord>[];
  catalog: StoredResult<SnapshotCatalogEntry>[];
};

/** How many results of each kind a snapshot kept from earlier ingests. */
export type CarriedOver = {
  runResults: number;
  freshness: number;
  catalog: number;
};

export const NOTHING_CARRIED_OVER: CarriedOver = {
  runResults: 0,
  freshness: 0,
  catalog: 0,
};

/**
 * Completes a new snapshot with what the stored one knew: each node keeps its
 * latest known result (run, freshness, catalog stats), whether it came with
 * this ingest or an earlier one, so that uploading a manifest alone, or a run
 * of a subset, loses nothing. A stored result is dropped when its node is gone
 * or its code changed (the node's checksum differs from the one it had when
 * the result was recorded); between a stored and a new result, the later
 * invocation (by generated_at) wins and the new one wins ties.
 */
export function carryOverResults(
  snapshot: ProjectSnapshot,
  stored: StoredResults,
): { snapshot: ProjectSnapshot; carriedOver: CarriedOver } {
  const checksums = new Map(
    snapshot.nodes.map((n) => [n.uniqueId, n.checksum]),
  );
  const runResults = mergeStored(
    snapshot.runResults,
    stored.runResults,
    checksums,
  );
  const freshness = mergeStored(
    snapshot.freshness,
    stored.freshness,
    checksums,
  );
  const catalog = mergeStored(snapshot.catalog, stored.catalog, checksums);
  return {
    snapshot: {
      ...snapshot,
      runResults: runResults.records,
      freshness: freshness.records,
      catalog: catalog.records,
    },
    carriedOver: {
      runResults: runResults.carried,
      freshness: freshness.carried,
      catalog: catalog.carried,
    },
  };
}

function mergeStored<T extends { uniqueId: string; origin: ArtifactOrigin }>(
  incoming: T[],
  stored: { result: T; nodeChecksum: string | null }[],
  checksums: ReadonlyMap<string, string | null>,
): { records: T[]; carried: number } {
  const byNode = new Map(incoming.map((record) => [record.uniqueId, record]));
  let carried = 0;
  for (const { result, nodeChecksum } of stored) {
    const checksum = checksums.get(result.uniqueId);
    if (checksum === undefined || checksum !== nodeChecksum) continue;
    const fresh = byNode.get(result.uniqueId);
    if (fresh && compareOrigins(result.origin, fresh.origin) <= 0) continue;
    byNode.set(result.uniqueId, result);
    carried++;
  }
  return { records: [...byNode.values()], carried };
}
