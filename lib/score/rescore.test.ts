import { describe, expect, test } from "vitest";
import { makeFacts, NOW } from "@/tests/score-facts";
import { compilePolicy, scoreProduct } from "./evaluate";
import { buildDefaultPolicy } from "./policy-defaults";
import { resolvePolicy } from "./policy-resolve";
import { rescoreConsumers } from "./rescore";

describe("rescoreConsumers", () => {
  const policy = resolvePolicy(buildDefaultPolicy(), "shop");
  const unused = scoreProduct(makeFacts(), compilePolicy(policy), { now: NOW });
  const consumers = {
    local: [],
    exposures: [],
    otherProjects: [
      {
        project: "finance",
        uniqueId: "model.finance.fct_revenue",
        name: "fct_revenue",
        resourceType: "model",
      },
    ],
  };

  test("judges in-use again and sums up the score, leaving other rules as they were", () => {
    const rescored = rescoreConsumers(unused, consumers, policy, { now: NOW });
    expect(unused.rules.find((r) => r.id === "in-use")?.status).toBe("fail");
    expect(rescored.rules.find((r) => r.id === "in-use")).toMatchObject({
      status: "pass",
      evidence: "used by models in finance: fct_revenue",
    });
    expect(rescored.score).toBeGreaterThan(unused.score);
    const others = (score: typeof unused) =>
      score.rules.filter((r) => r.id !== "in-use");
    expect(others(rescored)).toEqual(others(unused));
  });

  test("the same consumers give the same score", () => {
    const once = rescoreConsumers(unused, consumers, policy, { now: NOW });
    expect(rescoreConsumers(once, consumers, policy, { now: NOW })).toEqual(
      once,
    );
  });
});
