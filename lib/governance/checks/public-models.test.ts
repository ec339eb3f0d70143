import { expect, test } from "vitest";
import { emptyFacts, model } from "@/tests/governance-facts";
import type { CheckKind } from "../check-kind";
import {
  PUBLIC_MODEL_CONTRACT,
  PUBLIC_MODEL_OWNER,
  PUBLIC_MODEL_TESTS_FAILING,
} from "./public-models";

const NOW = { now: new Date("2026-12-03T12:00:00Z") };

/*
 *  finance (each a model of its own package):
 *    fct_revenue     public, group owner, contract, tests pass        fine
 *    fct_orphans     public, no group, no meta owner                   no owner
 *    fct_meta_owned  public, meta.owner = "ana"                        fine (meta names an owner)
 *    fct_loose       public, no contract                               no contract
 *    fct_broken      public, 2 tests failed, 1 warned (not listed)     failing tests
 *    int_private     private, no owner, no contract, a failed test     not public: never judged
 */
const FACTS = emptyFacts({
  models: [
    model("finance", "fct_revenue"),
    model("finance", "fct_orphans", { group: null }),
    model("finance", "fct_meta_owned", { group: null, meta: { owner: "ana" } }),
    model("finance", "fct_loose", { contractEnforced: false }),
    model("finance", "fct_broken"),
    model("finance", "int_private", {
      access: "private",
      group: null,
      contractEnforced: false,
    }),
  ],
  failedTests: [
    {
      project: "finance",
      modelUniqueId: "model.finance.fct_broken",
      testName: "unique_fct_broken_id",
      status: "fail",
    },
    {
      project: "finance",
      modelUniqueId: "model.finance.fct_broken",
      testName: "not_null_fct_broken_id",
      status: "error",
    },
    {
      project: "finance",
      modelUniqueId: "model.finance.int_private",
      testName: "unique_int_private_id",
      status: "fail",
    },
  ],
});

test.each<[string, CheckKind, string[]]>([
  [PUBLIC_MODEL_OWNER.id, PUBLIC_MODEL_OWNER, ["model.finance.fct_orphans"]],
  [
    PUBLIC_MODEL_CONTRACT.id,
    PUBLIC_MODEL_CONTRACT,
    ["model.finance.fct_loose"],
  ],
  [
    PUBLIC_MODEL_TESTS_FAILING.id,
    PUBLIC_MODEL_TESTS_FAILING,
    ["model.finance.fct_broken"],
  ],
])("%s judges public models only", (_id, kind, offenders) => {
  const params = kind.parseParams({});
  expect(
    kind
      .run(FACTS, params.success ? params.data : {}, NOW)
      .map((f) => f.uniqueId),
  ).toEqual(offenders);
});

test("failing tests are listed with their status, and the model's owners come along", () => {
  const [finding] = PUBLIC_MODEL_TESTS_FAILING.run(FACTS, {}, NOW);
  expect(finding?.message).toBe(
    "finance.fct_broken: 2 tests failed in the latest run: unique_fct_broken_id (fail), not_null_fct_broken_id (error)",
  );
  expect(finding?.owners).toEqual(["finance team"]);
});

test("the owner check reads the meta keys it is given", () => {
  const findings = PUBLIC_MODEL_OWNER.run(FACTS, { meta_keys: ["team"] }, NOW);
  expect(findings.map((f) => f.uniqueId)).toEqual([
    "model.finance.fct_orphans",
    "model.finance.fct_meta_owned",
  ]);
});
