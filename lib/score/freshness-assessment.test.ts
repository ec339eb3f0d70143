import { describe, expect, test } from "vitest";
import {
  assessFreshness,
  type SourceFreshnessInput,
} from "./freshness-assessment";

const NOW = new Date("2026-11-21T09:00:00Z");
const KEYS = ["sla", "freshness_sla"];

const source = (
  status: string | null,
  criteria: string | null = "warn after 6 hours",
): SourceFreshnessInput => ({ name: "app.orders", criteria, status });

const model = (meta: Record<string, unknown>, config = {}) => ({
  config,
  meta,
});

describe("assessFreshness: the build against the model's own SLA", () => {
  test.each([
    {
      what: "built an hour ago, daily SLA in meta",
      node: model({ sla: "daily by 06:00 UTC" }),
      builtAt: "2026-11-21T08:00:00Z",
      kind: "met",
      origin: "meta.sla",
    },
    {
      what: "built two days ago, 24h SLA",
      node: model({ freshness_sla: "24h" }),
      builtAt: "2026-11-19T09:00:00Z",
      kind: "late",
      origin: "meta.freshness_sla",
    },
    {
      what: "config.freshness.build_after wins over meta",
      node: model(
        { sla: "daily" },
        { freshness: { build_after: { count: 4, period: "hour" } } },
      ),
      builtAt: "2026-11-21T03:00:00Z",
      kind: "late",
      origin: "config.freshness.build_after",
    },
    {
      what: "an SLA with no duration",
      node: model({ sla: "when the books close" }),
      builtAt: "2026-11-21T08:00:00Z",
      kind: "unmeasurable",
      origin: "meta.sla",
    },
    {
      what: "no build result",
      node: model({ sla: "6h" }),
      builtAt: null,
      kind: "not_checked",
      origin: "meta.sla",
    },
  ])("$what: $kind", ({ node, builtAt, kind, origin }) => {
    const assessment = assessFreshness(
      { node, builtAt, sources: [] },
      KEYS,
      NOW,
    );
    expect(assessment.build.kind).toBe(kind);
    expect(assessment.declared?.origin).toBe(origin);
  });

  test("a model built in the future is zero seconds old", () => {
    const { build } = assessFreshness(
      { node: model({}), builtAt: "2026-11-21T09:30:00Z", sources: [] },
      KEYS,
      NOW,
    );
    expect(build).toEqual({ kind: "none", ageSeconds: 0 });
  });
});

describe("assessFreshness: one state for the product", () => {
  const met = { node: model({ sla: "24h" }), builtAt: "2026-11-21T08:00:00Z" };
  const late = { node: model({ sla: "1h" }), builtAt: "2026-11-21T06:00:00Z" };
  const none = { node: model({}), builtAt: null };
  test.each([
    {
      what: "built in time, sources pass",
      ...met,
      sources: [source("pass")],
      state: "fresh",
    },
    {
      what: "a source warns",
      ...met,
      sources: [source("pass"), source("warn")],
      state: "aging",
    },
    {
      what: "a source errors",
      ...met,
      sources: [source("error")],
      state: "stale",
    },
    {
      what: "the build is late",
      ...late,
      sources: [source("pass")],
      state: "stale",
    },
    {
      what: "sources without criteria do not count",
      ...none,
      sources: [source("error", null)],
      state: "no_sla",
    },
    {
      what: "only sources, all fresh",
      ...none,
      sources: [source("pass")],
      state: "fresh",
    },
    // Freshness never checked (no sources.json) is not stale: it is not checked.
    {
      what: "criteria but no result",
      ...none,
      sources: [source(null), source(null)],
      state: "not_checked",
    },
    {
      what: "one source checked, one not",
      ...met,
      sources: [source("pass"), source(null)],
      state: "not_checked",
    },
    {
      what: "an SLA without a duration and nothing else",
      node: model({ sla: "soon" }),
      builtAt: null,
      sources: [],
      state: "unmeasurable",
    },
    { what: "nothing declared", ...none, sources: [], state: "no_sla" },
  ])("$what: $state", ({ node, builtAt, sources, state }) => {
    expect(assessFreshness({ node, builtAt, sources }, KEYS, NOW).state).toBe(
      state,
    );
  });
});

describe("assessFreshness: whether an SLA is defined", () => {
  test.each([
    {
      what: "declared on the model",
      node: model({ sla: "6h" }),
      sources: [],
      isDefined: true,
    },
    // The trust card once said "No SLA" here while the rule passed.
    {
      what: "criteria on every upstream source",
      node: model({}),
      sources: [source(null), source("pass")],
      isDefined: true,
    },
    {
      what: "a source without criteria",
      node: model({}),
      sources: [source("pass"), source(null, null)],
      isDefined: false,
    },
    {
      what: "no SLA and no sources",
      node: model({}),
      sources: [],
      isDefined: false,
    },
  ])("$what: $isDefined", ({ node, sources, isDefined }) => {
    expect(
      assessFreshness({ node, builtAt: null, sources }, KEYS, NOW).isSlaDefined,
    ).toBe(isDefined);
  });
});
