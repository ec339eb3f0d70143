import { z } from "zod";
import { formatSeconds } from "../duration";
import {
  assessFreshness,
  type FreshnessAssessment,
} from "../freshness-assessment";
import {
  defineRuleKind,
  fail,
  listSome,
  notApplicable,
  pass,
  plural,
} from "../rule-kind";
import type { ProductFacts, ScoreContext } from "../types";

/** `meta` keys that declare a freshness SLA, unless the policy names others. */
export const SLA_META_KEYS = ["sla", "freshness_sla", "freshness"];

const slaParams = z.object({
  /** `meta` keys that declare a freshness SLA on the model. */
  meta_keys: z.array(z.string()).default(SLA_META_KEYS),
});

/** The product's freshness, judged by the one assessment the pages use too. */
function assess(
  facts: ProductFacts,
  metaKeys: readonly string[],
  now: Date,
): FreshnessAssessment {
  return assessFreshness(
    {
      node: facts.node,
      builtAt: facts.build?.completedAt ?? null,
      sources: facts.upstream.sources.map((s) => ({
        name: s.name,
        criteria: s.freshness,
        status: s.result?.status ?? null,
      })),
    },
    metaKeys,
    now,
  );
}

export const FRESHNESS_SLA_DEFINED = defineRuleKind({
  id: "freshness-sla-defined",
  title: "Freshness SLA defined",
  defaultLevel: "gold",
  advice:
    "Declare how fresh the product is: `freshness` (warn_after/error_after) on every source it is built from, `config.freshness.build_after` on the model, or an SLA in `meta` (e.g. `sla: 24h`).",
  params: slaParams,
  tighten: { meta_keys: "narrow" },
  check: (facts, { meta_keys }, { now }: ScoreContext) => {
    const { declared, isSlaDefined, sources } = assess(facts, meta_keys, now);
    if (declared) return pass(`${declared.origin}: ${declared.value}`);
    if (sources.length === 0)
      return fail(
        `the model declares no SLA (config.freshness, meta ${meta_keys.join("/")}) and has no sources upstream`,
      );
    if (isSlaDefined)
      return pass(
        `freshness defined on ${sources.length} of ${plural(sources.length, "upstream source")}: ${listSome(
          sources.map((s) => `${s.name} (${s.criteria ?? ""})`),
          3,
        )}`,
      );
    const without = sources
      .filter((s) => s.state === "none")
      .map((s) => s.name);
    return fail(
      `${without.length} of ${plural(sources.length, "upstream source")} ${without.length === 1 ? "defines" : "define"} no freshness (${listSome(without)}), and the model declares no SLA`,
    );
  },
});

function describeBuild(assessment: FreshnessAssessment): string | null {
  const { build, declared } = assessment;
  if (declared === null || (build.kind !== "met" && build.kind !== "late"))
    return null;
  const sla = `${declared.origin} ${declared.value}`;
  const age = formatSeconds(build.ageSeconds);
  return build.kind === "met"
    ? `built ${age} ago (${sla})`
    : `built ${age} ago, over ${sla}`;
}

export const FRESHNESS_SLA_MET = defineRuleKind({
  id: "freshness-sla-met",
  title: "Freshness SLA met",
  defaultLevel: "gold",
  advice:
    "Run `dbt source freshness` with every build and upload sources.json (and run_results.json); fix the loads or the schedule that make data late.",
  params: slaParams,
  tighten: { meta_keys: "narrow" },
  check: (facts, { meta_keys }, { now }: ScoreContext) => {
    const assessment = assess(facts, meta_keys, now);
    const { state, declared, build, sources } = assessment;
    const named = (wanted: readonly string[]) =>
      sources.filter((s) => wanted.includes(s.state));
    const built = describeBuild(assessment);
    switch (state) {
      case "no_sla":
        return notApplicable("no freshness SLA to check");
      case "unmeasurable":
        return notApplicable(
          `${declared?.origin ?? "the SLA"} "${declared?.value ?? ""}" names no duration the catalog can check, and no upstream source has freshness criteria`,
        );
      case "stale":
      case "aging":
        return fail(
          `late: ${listSome([
            ...named(["aging", "stale"]).map(
              (s) => `${s.name} (${s.status ?? ""})`,
            ),
            ...(build.kind === "late" && built ? [built] : []),
          ])}`,
        );
      case "not_checked": {
        const unchecked = named(["not_checked"]).map((s) => s.name);
        const unknown = [
          ...(unchecked.length > 0
            ? [
                `no freshness result for ${listSome(unchecked, 3)}${facts.artifacts.hasSources ? "" : " (no sources.json)"}`,
              ]
            : []),
          ...(build.kind === "not_checked"
            ? ["no build result for the model"]
            : []),
        ];
        return fail(`not checked: ${unknown.join("; ")}`);
      }
      case "fresh":
        return pass(
          `fresh: ${listSome(
            [
              ...named(["fresh"]).map((s) => s.name),
              ...(build.kind === "met" && built ? [built] : []),
            ],
            3,
          )}`,
        );
    }
  },
});
