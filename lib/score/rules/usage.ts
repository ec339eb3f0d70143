import { z } from "zod";
import type { ConsumerRef, Consumers, RuleOutcome } from "../types";
import {
  defineRuleKind,
  fail,
  listSome,
  notApplicable,
  pass,
  plural,
} from "../rule-kind";

export const inUseParams = z.object({
  /** Whether models of the product's own project count as use (exposures always do). */
  count_local: z.boolean().default(true),
});

function describeLocal(ref: ConsumerRef): string {
  return ref.resourceType === "model"
    ? ref.name
    : `${ref.name} (${ref.resourceType.replaceAll("_", " ")})`;
}

function describeConsumers(
  refs: ConsumerRef[],
  where: (ref: ConsumerRef) => string,
): string[] {
  const groups = new Map<string, string[]>();
  for (const ref of refs) {
    const key = where(ref);
    groups.set(key, [...(groups.get(key) ?? []), ref.name]);
  }
  return [...groups].map(([key, names]) => `${key}: ${listSome(names, 3)}`);
}

/**
 * Whether anyone uses the product: nodes of other projects that ref it,
 * exposures, and (unless the policy says otherwise) models of its own
 * project. With other projects unknown (offline) and nothing else found, the
 * rule cannot say.
 */
export function checkInUse(
  consumers: Consumers,
  params: z.infer<typeof inUseParams>,
): RuleOutcome {
  const local = params.count_local ? consumers.local : [];
  const others = consumers.otherProjects ?? [];
  const parts = [
    ...describeConsumers(others, (r) => `${r.resourceType}s in ${r.project}`),
    ...(consumers.exposures.length > 0
      ? [
          `${plural(consumers.exposures.length, "exposure")}: ${listSome(
            consumers.exposures.map((e) => e.name),
            3,
          )}`,
        ]
      : []),
    ...(local.length > 0
      ? [
          `${plural(local.length, "local consumer")}: ${listSome(
            local.map(describeLocal),
            3,
          )}`,
        ]
      : []),
  ];
  if (parts.length > 0) return pass(`used by ${parts.join("; ")}`);
  const checked = params.count_local
    ? "no exposure or local model uses it"
    : "no exposure uses it";
  if (consumers.otherProjects === null)
    return notApplicable(
      `${checked}; refs from other projects are unknown offline`,
    );
  return fail(`no other project refs it and ${checked}`);
}

export const IN_USE = defineRuleKind({
  id: "in-use",
  title: "In use",
  defaultLevel: "gold",
  advice:
    "A product nobody uses is a candidate for retirement; if it is used, declare the dashboards and apps as `exposures`, and make sure consumer projects are ingested.",
  params: inUseParams,
  tighten: { count_local: "disable" },
  check: ({ consumers }, params) => checkInUse(consumers, params),
});
