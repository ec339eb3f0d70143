import { findDeclaredSla, type DeclaredSla } from "./freshness-criteria";

/** A source the product is built from: its criteria in words, and its last freshness status. */
export type SourceFreshnessInput = {
  name: string;
  /** Null when the source sets no threshold: dbt never checks it. */
  criteria: string | null;
  /** The last `dbt source freshness` status; null when no result was uploaded. */
  status: string | null;
};

/** How one upstream source stands: "none" when it has no criteria to check. */
export type SourceFreshnessState =
  "fresh" | "aging" | "stale" | "not_checked" | "none";

/** How the model's own build stands against the SLA it declares. */
export type BuildFreshness =
  | { kind: "met" | "late"; ageSeconds: number }
  /** The SLA names no duration ("when finance closes the books"). */
  | { kind: "unmeasurable"; ageSeconds: number | null }
  /** An SLA with a duration, but no build result to judge it by. */
  | { kind: "not_checked"; ageSeconds: null }
  /** The model declares no SLA of its own. */
  | { kind: "none"; ageSeconds: number | null };

/**
 * The product's freshness as a whole. fresh: every check met; aging: a source
 * passed its warn threshold; stale: its build or a source missed its SLA;
 * not_checked: an SLA exists but no result says how it stands;
 * unmeasurable: the only SLA names no duration; no_sla: nothing declared.
 */
export type FreshnessState =
  "fresh" | "aging" | "stale" | "not_checked" | "unmeasurable" | "no_sla";

/** The state in a few words, as pages and assistants say it. */
export const FRESHNESS_LABELS: Record<FreshnessState, string> = {
  fresh: "Fresh",
  aging: "Aging",
  stale: "SLA missed",
  not_checked: "Not checked",
  unmeasurable: "Not measurable",
  no_sla: "No SLA",
};

export type FreshnessAssessment = {
  state: FreshnessState;
  /** The SLA the model declares itself, or null. */
  declared: DeclaredSla | null;
  /**
   * Whether a freshness SLA is defined: declared on the model, or freshness
   * criteria on every one of its (at least one) upstream sources.
   */
  isSlaDefined: boolean;
  build: BuildFreshness;
  sources: (SourceFreshnessInput & { state: SourceFreshnessState })[];
};

const STALE_STATUSES = new Set(["error", "runtime error", "fail"]);

/** A source's last check: no criteria, no result, pass, warn, or missed. */
export function judgeSourceFreshness(
  source: Pick<SourceFreshnessInput, "criteria" | "status">,
): SourceFreshnessState {
  if (source.criteria === null) return "none";
  const status = source.status?.trim().toLowerCase() ?? null;
  if (status === null) return "not_checked";
  if (status === "pass") return "fresh";
  if (status === "warn") return "aging";
  return STALE_STATUSES.has(status) ? "stale" : "not_checked";
}

function judgeBuild(
  declared: DeclaredSla | null,
  builtAt: string | null,
  now: Date,
): BuildFreshness {
  const at = builtAt === null ? Number.NaN : Date.parse(builtAt);
  const ageSeconds = Number.isNaN(at)
    ? null
    : Math.max(0, (now.getTime() - at) / 1000);
  if (declared === null) return { kind: "none", ageSeconds };
  if (declared.seconds === null) return { kind: "unmeasurable", ageSeconds };
  if (ageSeconds === null) return { kind: "not_checked", ageSeconds };
  return { kind: ageSeconds <= declared.seconds ? "met" : "late", ageSeconds };
}

/**
 * Judges a product's freshness once, for the maturity rules and every page
 * alike: the model's build against the SLA it declares (`findDeclaredSla`),
 * and the last freshness check of each upstream source with criteria. The
 * worst finding wins: stale, then aging, then not checked, then fresh.
 */
export function assessFreshness(
  input: {
    node: Parameters<typeof findDeclaredSla>[0];
    builtAt: string | null;
    sources: readonly SourceFreshnessInput[];
  },
  metaKeys: readonly string[],
  now: Date,
): FreshnessAssessment {
  const declared = findDeclaredSla(input.node, metaKeys);
  const build = judgeBuild(declared, input.builtAt, now);
  const sources = input.sources.map((s) => ({
    name: s.name,
    criteria: s.criteria,
    status: s.status,
    state: judgeSourceFreshness(s),
  }));
  const isSlaDefined =
    declared !== null ||
    (sources.length > 0 && sources.every((s) => s.state !== "none"));
  const states = new Set<string>([build.kind, ...sources.map((s) => s.state)]);
  const state: FreshnessState =
    states.has("late") || states.has("stale")
      ? "stale"
      : states.has("aging")
        ? "aging"
        : states.has("not_checked")
          ? "not_checked"
          : states.has("met") || states.has("fresh")
            ? "fresh"
            : build.kind === "unmeasurable"
              ? "unmeasurable"
              : "no_sla";
  return { state, declared, isSlaDefined, build, sources };
}
