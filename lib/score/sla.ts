import {
  findDeclaredSla,
  type DeclaredSla,
} from "@/lib/score/freshness-criteria";

export type BuildFreshness =
  /** Built within the declared SLA. */
  | { kind: "met"; sla: DeclaredSla; ageSeconds: number }
  /** Built longer ago than the SLA allows. */
  | { kind: "late"; sla: DeclaredSla; ageSeconds: number }
  /** An SLA the catalog cannot measure ("when finance closes the books"). */
  | { kind: "unmeasurable"; sla: DeclaredSla; ageSeconds: number | null }
  /** An SLA, but no build result to judge it by. */
  | { kind: "unknown"; sla: DeclaredSla; ageSeconds: null }
  /** No SLA declared on the model. */
  | { kind: "none"; sla: null; ageSeconds: number | null };

/**
 * Judges a model's last build against the SLA it declares itself
 * (`config.freshness.build_after`, else the first `meta` SLA key set), as the
 * freshness rule does: the build's age must not exceed the SLA's duration.
 */
export function judgeBuildFreshness(
  model: {
    config: Readonly<Record<string, unknown>>;
    meta: Readonly<Record<string, unknown>>;
  },
  completedAt: string | null,
  metaKeys: readonly string[],
  now: Date,
): BuildFreshness {
  const sla = findDeclaredSla(
    { config: { ...model.config }, meta: { ...model.meta } },
    metaKeys,
  );
  const builtAt = completedAt === null ? Number.NaN : Date.parse(completedAt);
  const ageSeconds = Number.isNaN(builtAt)
    ? null
    : Math.max(0, (now.getTime() - builtAt) / 1000);
  if (sla === null) return { kind: "none", sla, ageSeconds };
  if (sla.seconds === null) return { kind: "unmeasurable", sla, ageSeconds };
  if (ageSeconds === null) return { kind: "unknown", sla, ageSeconds };
  return ageSeconds <= sla.seconds
    ? { kind: "met", sla, ageSeconds }
    : { kind: "late", sla, ageSeconds };
}

export type FreshnessVerdict = {
  /** fresh: all checked and within SLA; aging: a warning; stale: an SLA missed; unknown: nothing measurable. */
  state: "fresh" | "aging" | "stale" | "unknown";
  label: string;
};

/**
 * One verdict over a product's freshness: its own build against its SLA and
 * the last freshness check of each upstream source with criteria. The worst
 * finding wins; with nothing to check, it is unknown.
 */
export function summarizeFreshness(
  build: BuildFreshness,
  sources: readonly {
    criteria: string | null;
    result: { status: string } | null;
  }[],
): FreshnessVerdict {
  const checked = sources.filter((s) => s.criteria !== null && s.result);
  const statuses = checked.map((s) => s.result?.status.toLowerCase() ?? "");
  const isStale =
    build.kind === "late" ||
    statuses.some((s) => s === "error" || s === "runtime error");
  if (isStale) return { state: "stale", label: "SLA missed" };
  if (statuses.includes("warn")) return { state: "aging", label: "Aging" };
  if (build.kind === "met" || checked.length > 0)
    return { state: "fresh", label: "Fresh" };
  return {
    state: "unknown",
    label: build.kind === "none" ? "No SLA" : "Not measured",
  };
}
