import { expect, test } from "vitest";
import { emptyFacts } from "@/tests/governance-facts";
import { STALE_ARTIFACTS } from "./staleness";

const NOW = { now: new Date("2026-12-10T12:00:00Z") };
const FACTS = emptyFacts({
  projects: [
    { name: "finance", artifactsAt: "2026-12-10T06:00:00Z" },
    { name: "platform", artifactsAt: "2026-12-02T12:00:00Z" },
    { name: "marketing", artifactsAt: "2026-11-01T00:00:00Z" },
  ],
});

test.each([
  [undefined, ["platform", "marketing"]],
  ["30 days", ["marketing"]],
  ["5h", ["finance", "platform", "marketing"]],
  [24, ["platform", "marketing"]],
])(
  "max_age %s: the projects whose latest artifacts are older",
  (maxAge, stale) => {
    const params = STALE_ARTIFACTS.parseParams(
      maxAge === undefined ? {} : { max_age: maxAge },
    );
    expect(params.success).toBe(true);
    expect(
      STALE_ARTIFACTS.run(FACTS, params.data ?? {}, NOW).map((f) => f.project),
    ).toEqual(stale);
  },
);

test("the finding says how old, and what is allowed", () => {
  const [finding] = STALE_ARTIFACTS.run(FACTS, { max_age: 30 * 86_400 }, NOW);
  expect(finding?.message).toBe(
    "latest artifacts are 6 weeks old (generated 2026-11-01), past the 4 weeks allowed",
  );
});

test("a duration the catalog cannot read is refused", () => {
  expect(STALE_ARTIFACTS.parseParams({ max_age: "soonish" }).success).toBe(
    false,
  );
});
