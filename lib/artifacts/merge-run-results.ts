import type {
  ArtifactOrigin,
  ParsedRunResults,
  Recorded,
  RunResultRecord,
} from "./types";

/**
 * Orders two invocations by `generated_at`: negative when `a` ran before `b`.
 * An invocation that does not say when it ran counts as older than any that does.
 */
export function compareOrigins(a: ArtifactOrigin, b: ArtifactOrigin): number {
  return originTime(a) - originTime(b);
}

function originTime(origin: ArtifactOrigin): number {
  if (origin.generatedAt === null) return Number.NEGATIVE_INFINITY;
  const time = Date.parse(origin.generatedAt);
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

/**
 * Merges the run_results.json of several dbt invocations of one project
 * (orchestrators run subsets: `dbt build -s tag:daily`, then `dbt test`) into
 * one result per node, each marked with the invocation it came from. A node's
 * result from the latest invocation (by `metadata.generated_at`) wins; between
 * invocations of the same time, the one given later wins, and within one file
 * a node listed twice (a retry) keeps its last result.
 */
export function mergeRunResults(
  runs: readonly ParsedRunResults[],
): Recorded<RunResultRecord>[] {
  const ordered = runs
    .map((run, index) => ({ run, index }))
    .sort((a, b) => compareOrigins(a.run, b.run) || a.index - b.index);
  const byNode = new Map<string, Recorded<RunResultRecord>>();
  for (const { run } of ordered) {
    const origin = {
      generatedAt: run.generatedAt,
      invocationId: run.invocationId,
    };
    for (const result of run.results) {
      // Deleted first so that the winner takes its place in the latest file's order.
      byNode.delete(result.uniqueId);
      byNode.set(result.uniqueId, { ...result, origin });
    }
  }
  return [...byNode.values()];
}
