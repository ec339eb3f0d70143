import { expect, test } from "vitest";
import { emptyFacts, model, source } from "@/tests/governance-facts";
import { DUPLICATE_SOURCE, HIDDEN_DEPENDENCY } from "./relations";

const NOW = { now: new Date("2026-12-03T12:00:00Z") };

/*
 *  platform builds ANALYTICS.PLATFORM.ORDERS (model orders, upper case in the warehouse)
 *  platform builds analytics.platform.tmp (ephemeral: no relation)
 *
 *  finance  source erp.orders    reads analytics.platform.orders   ──► hidden dependency on platform
 *  finance  source erp.tmp       reads analytics.platform.tmp      (ephemeral: nothing there)
 *  platform source own.orders    reads analytics.platform.orders   (its own model: not hidden,
 *                                                                   but declared by finance too)
 *  finance  source raw.payments  reads analytics.raw.payments ┐
 *  marketing source crm.payments reads Analytics.RAW.Payments ┘──► declared by two projects
 *  marketing source crm.leads    reads analytics.raw.leads        (alone: fine)
 */
const FACTS = emptyFacts({
  models: [
    model("platform", "orders", {
      database: "ANALYTICS",
      schema: "PLATFORM",
      identifier: "ORDERS",
    }),
    model("platform", "tmp", { schema: "platform", materialized: "ephemeral" }),
  ],
  sources: [
    source("finance", "erp", "orders", { schema: "platform" }),
    source("finance", "erp", "tmp", { schema: "platform" }),
    source("platform", "own", "orders", { schema: "platform" }),
    source("finance", "raw", "payments"),
    source("marketing", "crm", "payments", {
      database: "Analytics",
      schema: "RAW",
      identifier: "Payments",
    }),
    source("marketing", "crm", "leads"),
  ],
});

test.each([
  [HIDDEN_DEPENDENCY.id, HIDDEN_DEPENDENCY, ["source.finance.erp.orders"]],
  [
    DUPLICATE_SOURCE.id,
    DUPLICATE_SOURCE,
    [
      "source.finance.erp.orders",
      "source.platform.own.orders",
      "source.finance.raw.payments",
      "source.marketing.crm.payments",
    ],
  ],
] as const)(
  "%s finds the sources the drawing marks, comparing names as the warehouse does",
  (_id, kind, offenders) => {
    expect(kind.run(FACTS, {}, NOW).map((f) => f.uniqueId)).toEqual(offenders);
  },
);

test("a hidden dependency names the relation and the model that builds it", () => {
  expect(HIDDEN_DEPENDENCY.run(FACTS, {}, NOW)[0]?.message).toBe(
    "source erp.orders reads analytics.platform.orders, which platform builds as model.platform.orders: a dependency lineage cannot see",
  );
});

test("a duplicate source names the other projects declaring it", () => {
  const findings = DUPLICATE_SOURCE.run(FACTS, {}, NOW);
  const finance = findings.find(
    (f) => f.uniqueId === "source.finance.raw.payments",
  );
  const marketing = findings.find(
    (f) => f.uniqueId === "source.marketing.crm.payments",
  );
  expect(finance?.message).toMatch(/also declared as a source by marketing$/);
  expect(marketing?.message).toMatch(/also declared as a source by finance$/);
});
