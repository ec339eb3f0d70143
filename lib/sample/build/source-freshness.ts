/**
 * sources.json (v3) of `dbt source freshness`: each table with criteria
 * and a loaded_at_field passes, warns or errors by the age of its newest
 * row; a table whose query fails becomes a runtime error.
 */
import type { Random } from "../random";
import type { JsonObject } from "../serialize";
import type { FreshnessSpec, Period, ProjectSpec } from "../spec";
import { DAY, HOUR, MINUTE, formatOffset, formatZulu } from "../time";
import type { Instant } from "../time";
import { buildFreshness, effectiveFreshness } from "./source-node";
import { DBT_VERSION } from "./warehouse";

const PERIOD_MS: Record<Period, number> = {
  minute: MINUTE,
  hour: HOUR,
  day: DAY,
};

function toMs(
  threshold: { count: number; period: Period } | undefined,
): number {
  return threshold
    ? threshold.count * PERIOD_MS[threshold.period]
    : Number.POSITIVE_INFINITY;
}

/** error when older than error_after, warn when older than warn_after, else pass. */
export function classifyFreshness(
  ageMs: number,
  freshness: FreshnessSpec,
): "pass" | "warn" | "error" {
  if (ageMs > toMs(freshness.errorAfter)) return "error";
  if (ageMs > toMs(freshness.warnAfter)) return "warn";
  return "pass";
}

export function buildSourcesJson(options: {
  spec: ProjectSpec;
  invocationId: string;
  startedAt: Instant;
  random: Random;
}): JsonObject {
  const { spec, random } = options;
  let clock = options.startedAt + 6_000;
  const results: JsonObject[] = [];
  for (const source of spec.sources) {
    for (const table of source.tables) {
      const freshness = effectiveFreshness(source, table);
      if (!freshness || !source.loadedAtField) continue;
      const uniqueId = `source.${spec.name}.${source.name}.${table.name}`;
      if (table.freshnessError) {
        results.push({
          unique_id: uniqueId,
          error: table.freshnessError,
          status: "runtime error",
        });
        continue;
      }
      const compileAt = clock + random.int(5, 40);
      const executeAt = compileAt + random.int(2, 9) + random.next();
      const completedAt = executeAt + random.int(300, 1800) + random.next();
      clock = completedAt + random.int(20, 300);
      const loadedAt =
        Math.floor(
          (completedAt - (table.loadedMinutesAgo ?? 30) * MINUTE) / 1000,
        ) * 1000;
      const ageMs = completedAt - loadedAt;
      results.push({
        unique_id: uniqueId,
        max_loaded_at: formatOffset(loadedAt),
        snapshotted_at: formatOffset(completedAt),
        max_loaded_at_time_ago_in_s: Math.round(ageMs * 1000) / 1_000_000,
        status: classifyFreshness(ageMs, freshness),
        criteria: buildFreshness(freshness),
        adapter_response: {
          _message: "SUCCESS 1",
          code: "SUCCESS",
          rows_affected: 1,
          query_id: `01b${random.hex(5)}-${random.hex(4)}-${random.hex(4)}-0007-${random.hex(12)}`,
        },
        timing: [
          {
            name: "compile",
            started_at: formatZulu(compileAt),
            completed_at: formatZulu(compileAt + 0.4),
          },
          {
            name: "execute",
            started_at: formatZulu(executeAt),
            completed_at: formatZulu(completedAt),
          },
        ],
        thread_id: `Thread-${(results.length % 4) + 1} (worker)`,
        execution_time: (completedAt - compileAt) / 1000,
      });
    }
  }
  return {
    metadata: {
      dbt_schema_version: "https://schemas.getdbt.com/dbt/sources/v3.json",
      dbt_version: DBT_VERSION,
      generated_at: formatZulu(clock + 400),
      invocation_id: options.invocationId,
      invocation_started_at: formatOffset(options.startedAt),
      env: {},
    },
    results,
    elapsed_time: (clock + 400 - options.startedAt) / 1000,
  };
}
