import type { FreshnessThresholds } from "@/lib/artifacts/node-details";
import type { SnapshotNode } from "@/lib/mesh/snapshot";
import {
  formatSeconds,
  parseDurationSeconds,
  readPeriodSeconds,
} from "./duration";

function asObject(value: unknown): Record<string, unknown> | null {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/**
 * A source's freshness criteria in words ("warn after 12 hours, error after 1
 * day"); null when the source sets no threshold (dbt then never checks it).
 */
export function describeFreshness(
  criteria: FreshnessThresholds | null,
): string | null {
  if (!criteria) return null;
  const parts: string[] = [];
  const warn = readPeriodSeconds(criteria.warnAfter);
  const error = readPeriodSeconds(criteria.errorAfter);
  if (warn !== null) parts.push(`warn after ${formatSeconds(warn)}`);
  if (error !== null) parts.push(`error after ${formatSeconds(error)}`);
  return parts.length > 0 ? parts.join(", ") : null;
}

/** A model's own freshness SLA: where it is declared and, when it names one, its duration. */
export type DeclaredSla = {
  /** Where it was found: "config.freshness.build_after", "meta.sla". */
  origin: string;
  value: string;
  seconds: number | null;
};

/**
 * The SLA a model declares for itself: dbt's `config.freshness.build_after`
 * (dbt 1.10+), else the first of the policy's `meta` keys that is set.
 */
export function findDeclaredSla(
  node: Pick<SnapshotNode, "config" | "meta">,
  metaKeys: readonly string[],
): DeclaredSla | null {
  const buildAfter = asObject(node.config.freshness)?.build_after;
  const buildSeconds = readPeriodSeconds(buildAfter);
  if (buildSeconds !== null)
    return {
      origin: "config.freshness.build_after",
      value: formatSeconds(buildSeconds),
      seconds: buildSeconds,
    };
  for (const key of metaKeys) {
    const value = node.meta[key];
    if (value === undefined || value === null || value === "") continue;
    return {
      origin: `meta.${key}`,
      value: typeof value === "string" ? value : JSON.stringify(value),
      seconds: parseDurationSeconds(value),
    };
  }
  return null;
}
