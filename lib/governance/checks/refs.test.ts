import { describe, expect, test } from "vitest";
import { emptyFacts, model, ref } from "@/tests/governance-facts";
import type { CheckKind } from "../check-kind";
import type { MeshFacts } from "../types";
import {
  DEPRECATED_REF,
  REF_NOT_PUBLIC,
  REF_PAST_DEPRECATION,
  UNPINNED_VERSIONED_REF,
} from "./refs";

const NOW = new Date("2026-12-03T12:00:00Z");

/*
 *  finance.fct_revenue (public) ──► marketing.roi
 *  finance.int_ledger (protected) ─► marketing.spend        ref-not-public
 *  finance.int_ledger (protected) ─► marketing.spend (again: one finding)
 *  finance.dim_customers v1 (deprecated 2026-06-30) ─► marketing.churn [v=1]   past deprecation
 *  finance.dim_customers v2 (deprecated 2027-03-31) ─► marketing.ltv   [v=2]   deprecated
 *  finance.dim_customers v3 (latest) ─► marketing.segments (unpinned)            unpinned
 *  finance.dim_customers v3 (latest) ─► marketing.cohorts  [v=3]                 fine
 *  ?finance.gone ─► marketing.old (unresolved: nothing to judge)
 */
const revenue = model("finance", "fct_revenue");
const ledger = model("finance", "int_ledger", { access: "protected" });
const customers = (version: string, deprecationDate: string | null) =>
  model("finance", "dim_customers", {
    version,
    latestVersion: "3",
    deprecationDate,
  });
const v1 = customers("1", "2026-06-30T00:00:00Z");
const v2 = customers("2", "2027-03-31T00:00:00Z");
const v3 = customers("3", null);
const MESH: MeshFacts = emptyFacts({
  models: [revenue, ledger, v1, v2, v3],
  refs: [
    ref("marketing", "roi", revenue),
    ref("marketing", "spend", ledger),
    ref("marketing", "spend", ledger),
    ref("marketing", "churn", v1, "1"),
    ref("marketing", "ltv", v2, "2"),
    ref("marketing", "segments", v3),
    ref("marketing", "cohorts", v3, "3"),
    { ...ref("marketing", "old", revenue), parentName: "gone", parent: null },
  ],
});

describe.each<[string, CheckKind, string[], RegExp]>([
  [
    REF_NOT_PUBLIC.id,
    REF_NOT_PUBLIC,
    ["model.marketing.spend"],
    /int_ledger, which is protected/,
  ],
  [
    REF_PAST_DEPRECATION.id,
    REF_PAST_DEPRECATION,
    ["model.marketing.churn"],
    /v1, past its deprecation date 2026-06-30/,
  ],
  [
    DEPRECATED_REF.id,
    DEPRECATED_REF,
    ["model.marketing.ltv"],
    /v2, deprecated: it may be removed after 2027-03-31/,
  ],
  [
    UNPINNED_VERSIONED_REF.id,
    UNPINNED_VERSIONED_REF,
    ["model.marketing.segments"],
    /without a version: it follows the latest \(now v3\)/,
  ],
])("%s", (_id, kind, offenders, message) => {
  const findings = kind.run(MESH, kind.parseParams({}).data ?? {}, {
    now: NOW,
  });

  test("finds exactly the offending consumers", () => {
    expect(findings.map((f) => f.uniqueId)).toEqual(offenders);
    expect(findings.every((f) => f.project === "marketing")).toBe(true);
  });

  test("says what is wrong", () => {
    expect(findings[0]?.message).toMatch(message);
  });
});

test("a deprecated version becomes past its date when the day comes", () => {
  const later = { now: new Date("2027-04-01T00:00:00Z") };
  expect(DEPRECATED_REF.run(MESH, {}, later)).toEqual([]);
  expect(
    REF_PAST_DEPRECATION.run(MESH, {}, later).map((f) => f.uniqueId),
  ).toEqual(["model.marketing.churn", "model.marketing.ltv"]);
});

test("a model that was public and no longer is offends every consumer that refs it", () => {
  const narrowed = { ...revenue, access: "private" };
  const facts = emptyFacts({
    models: [narrowed],
    refs: [ref("marketing", "roi", narrowed)],
  });
  expect(REF_NOT_PUBLIC.run(facts, {}, { now: NOW })[0]?.message).toMatch(
    /which is private, not public/,
  );
});
