import { z } from "zod";
import { OWNER_META_KEYS } from "@/lib/score/rules/ownership";
import { defineCheckKind } from "../check-kind";
import { describeModel, findModel, ownersOf } from "../model-index";
import type { MeshFacts, MeshModel } from "../types";

/** A model other projects may ref: `access: public`, dbt's own rule. */
export function isPublicModel(model: MeshModel): boolean {
  return model.access === "public";
}

function publicModels(facts: MeshFacts): MeshModel[] {
  return facts.models.filter(isPublicModel);
}

export const PUBLIC_MODEL_OWNER = defineCheckKind({
  id: "public-model-owner",
  title: "Public model without an owner",
  advice:
    "Put the model in a group with an owner (`groups:` with `owner: {name, email}`), or set `meta: {owner: ...}`: consumers in other projects need someone to ask.",
  params: z.object({
    /** `meta` keys that name an owner, as for the maturity rule has-owner. */
    meta_keys: z.array(z.string()).default(OWNER_META_KEYS),
  }),
  tighten: { meta_keys: "narrow" },
  run: (facts, { meta_keys }) =>
    publicModels(facts)
      .filter((model) => ownersOf(model, meta_keys).length === 0)
      .map((model) => ({
        project: model.project,
        uniqueId: model.uniqueId,
        message: `${describeModel(model)} is public and names no owner (no group owner, no meta ${meta_keys.join(", ")})`,
      })),
});

export const PUBLIC_MODEL_CONTRACT = defineCheckKind({
  id: "public-model-contract",
  title: "Public model without an enforced contract",
  advice:
    "Set `config: {contract: {enforced: true}}` and declare every column's data_type: consumers then break at the producer's build, not in production.",
  params: z.object({}),
  run: (facts) =>
    publicModels(facts)
      .filter((model) => !model.contractEnforced)
      .map((model) => ({
        project: model.project,
        uniqueId: model.uniqueId,
        message: `${describeModel(model)} is public without an enforced contract`,
        owners: ownersOf(model),
      })),
});

export const PUBLIC_MODEL_TESTS_FAILING = defineCheckKind({
  id: "public-model-tests-failing",
  title: "Public model whose tests failed in its latest run",
  advice:
    "Fix the data or the test, and run it again: consumers in other projects read this model as it is.",
  params: z.object({}),
  run: (facts) => {
    const failing = new Map<
      string,
      { project: string; uniqueId: string; tests: string[] }
    >();
    for (const test of facts.failedTests) {
      const key = `${test.project}\u0000${test.modelUniqueId}`;
      const entry = failing.get(key) ?? {
        project: test.project,
        uniqueId: test.modelUniqueId,
        tests: [],
      };
      entry.tests.push(`${test.testName} (${test.status})`);
      failing.set(key, entry);
    }
    return [...failing.values()].flatMap(({ project, uniqueId, tests }) => {
      const model = findModel(facts, project, uniqueId);
      if (!model || !isPublicModel(model)) return [];
      const shown =
        tests.slice(0, 3).join(", ") +
        (tests.length > 3 ? ` and ${tests.length - 3} more` : "");
      return [
        {
          project,
          uniqueId,
          message: `${describeModel(model)}: ${tests.length} test${tests.length === 1 ? "" : "s"} failed in the latest run: ${shown}`,
          owners: ownersOf(model),
        },
      ];
    });
  },
});
