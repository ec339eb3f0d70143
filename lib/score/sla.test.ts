import { describe, expect, test } from "vitest";
import { judgeBuildFreshness, summarizeFreshness } from "./sla";

const NOW = new Date("2026-11-21T09:00:00Z");
const KEYS = ["sla", "freshness_sla"];

describe("judgeBuildFreshness", () => {
  test.each([
    {
      what: "built an hour ago, daily SLA in meta",
      model: { config: {}, meta: { sla: "daily by 06:00 UTC" } },
      completedAt: "2026-11-21T08:00:00Z",
      kind: "met",
      origin: "meta.sla",
    },
    {
      what: "built two days ago, 24h SLA",
      model: { config: {}, meta: { freshness_sla: "24h" } },
      completedAt: "2026-11-19T09:00:00Z",
      kind: "late",
      origin: "meta.freshness_sla",
    },
    {
      what: "config.freshness.build_after wins over meta",
      model: {
        config: { freshness: { build_after: { count: 4, period: "hour" } } },
        meta: { sla: "daily" },
      },
      completedAt: "2026-11-21T03:00:00Z",
      kind: "late",
      origin: "config.freshness.build_after",
    },
    {
      what: "an SLA with no duration",
      model: { config: {}, meta: { sla: "when the books close" } },
      completedAt: "2026-11-21T08:00:00Z",
      kind: "unmeasurable",
      origin: "meta.sla",
    },
    {
      what: "no build result",
      model: { config: {}, meta: { sla: "6h" } },
      completedAt: null,
      kind: "unknown",
      origin: "meta.sla",
    },
  ])("$what", ({ model, completedAt, kind, origin }) => {
    const verdict = judgeBuildFreshness(model, completedAt, KEYS, NOW);
    expect(verdict.kind).toBe(kind);
    expect(verdict.sla?.origin).toBe(origin);
  });

  test("no SLA still tells the build's age", () => {
    expect(
      judgeBuildFreshness(
        { config: {}, meta: { owner: "x" } },
        "2026-11-21T08:30:00Z",
        KEYS,
        NOW,
      ),
    ).toEqual({ kind: "none", sla: null, ageSeconds: 1800 });
  });
});

describe("summarizeFreshness", () => {
  const met = judgeBuildFreshness(
    { config: {}, meta: { sla: "24h" } },
    "2026-11-21T08:00:00Z",
    KEYS,
    NOW,
  );
  const late = judgeBuildFreshness(
    { config: {}, meta: { sla: "1h" } },
    "2026-11-21T06:00:00Z",
    KEYS,
    NOW,
  );
  const none = judgeBuildFreshness({ config: {}, meta: {} }, null, KEYS, NOW);
  const source = (
    status: string | null,
    criteria: string | null = "warn after 6 hours",
  ) => ({
    criteria,
    result: status === null ? null : { status },
  });

  test.each([
    {
      what: "built in time, sources pass",
      build: met,
      sources: [source("pass")],
      state: "fresh",
    },
    {
      what: "a source warns",
      build: met,
      sources: [source("pass"), source("warn")],
      state: "aging",
    },
    {
      what: "a source errors",
      build: met,
      sources: [source("error")],
      state: "stale",
    },
    {
      what: "the build is late",
      build: late,
      sources: [source("pass")],
      state: "stale",
    },
    {
      what: "sources without criteria do not count",
      build: none,
      sources: [source("error", null)],
      state: "unknown",
    },
    {
      what: "only sources, all fresh",
      build: none,
      sources: [source("pass")],
      state: "fresh",
    },
    {
      what: "nothing to check",
      build: none,
      sources: [source(null)],
      state: "unknown",
    },
  ])("$what: $state", ({ build, sources, state }) => {
    expect(summarizeFreshness(build, sources).state).toBe(state);
  });
});
