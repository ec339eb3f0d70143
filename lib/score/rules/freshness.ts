import { z } from "zod";
import { formatSeconds } from "../duration";
import { findDeclaredSla } from "../freshness-criteria";
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

export const FRESHNESS_SLA_DEFINED = defineRuleKind({
  id: "freshness-sla-defined",
  title: "Freshness SLA defined",
  defaultLevel: "gold",
  advice:
    "Declare how fresh the product is: `freshness` (warn_after/error_after) on every source it is built from, `config.freshness.build_after` on the model, or an SLA in `meta` (e.g. `sla: 24h`).",
  params: slaParams,
  tighten: { meta_keys: "narrow" },
  check: ({ node, upstream }, { meta_keys }) => {
    const declared = findDeclaredSla(node, meta_keys);
    if (declared) return pass(`${declared.origin}: ${declared.value}`);
    const { sources } = upstream;
    if (sources.length === 0)
      return fail(
        `the model declares no SLA (config.freshness, meta ${meta_keys.join("/")}) and has no sources upstream`,
      );
    const without = sources
      .filter((s) => s.freshness === null)
      .map((s) => s.name);
    if (without.length === 0)
      return pass(
        `freshness defined on ${sources.length} of ${plural(sources.length, "upstream source")}: ${listSome(
          sources.map((s) => `${s.name} (${s.freshness ?? ""})`),
          3,
        )}`,
      );
    return fail(
      `${without.length} of ${plural(sources.length, "upstream source")} ${without.length === 1 ? "defines" : "define"} no freshness (${listSome(without)}), and the model declares no SLA`,
    );
  },
});

type Verdicts = {
  met: string[];
  missed: string[];
  /** Sources with criteria but no freshness result. */
  unchecked: string[];
  isBuildUnknown: boolean;
};

function judgeSources(facts: ProductFacts, verdicts: Verdicts): void {
  for (const source of facts.upstream.sources) {
    if (source.freshness === null) continue;
    if (!source.result) verdicts.unchecked.push(source.name);
    else if (source.result.status === "pass") verdicts.met.push(source.name);
    else verdicts.missed.push(`${source.name} (${source.result.status})`);
  }
}

function judgeBuild(
  facts: ProductFacts,
  metaKeys: readonly string[],
  now: Date,
  verdicts: Verdicts,
): void {
  const declared = findDeclaredSla(facts.node, metaKeys);
  if (declared === null || declared.seconds === null) return;
  const builtAt = facts.build?.completedAt;
  if (!builtAt) {
    verdicts.isBuildUnknown = true;
    return;
  }
  const age = (now.getTime() - Date.parse(builtAt)) / 1000;
  const sla = `${declared.origin} ${declared.value}`;
  if (age <= declared.seconds)
    verdicts.met.push(`built ${formatSeconds(Math.max(age, 0))} ago (${sla})`);
  else verdicts.missed.push(`built ${formatSeconds(age)} ago, over ${sla}`);
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
    const verdicts: Verdicts = {
      met: [],
      missed: [],
      unchecked: [],
      isBuildUnknown: false,
    };
    judgeSources(facts, verdicts);
    judgeBuild(facts, meta_keys, now, verdicts);
    const { met, missed, unchecked, isBuildUnknown } = verdicts;
    if (
      met.length + missed.length + unchecked.length === 0 &&
      !isBuildUnknown
    ) {
      const declared = findDeclaredSla(facts.node, meta_keys);
      return notApplicable(
        declared
          ? `${declared.origin} "${declared.value}" names no duration the catalog can check, and no upstream source has freshness criteria`
          : "no freshness SLA to check",
      );
    }
    if (missed.length > 0) return fail(`late: ${listSome(missed)}`);
    const unknown = [
      ...(unchecked.length > 0
        ? [
            `no freshness result for ${listSome(unchecked, 3)}${facts.artifacts.hasSources ? "" : " (no sources.json)"}`,
          ]
        : []),
      ...(isBuildUnknown ? ["no build result for the model"] : []),
    ];
    if (unknown.length > 0) return fail(`not checked: ${unknown.join("; ")}`);
    return pass(`fresh: ${listSome(met, 3)}`);
  },
});
