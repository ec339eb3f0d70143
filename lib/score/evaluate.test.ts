import { describe, expect, test } from "vitest";
import { makeFacts, NOW } from "@/tests/score-facts";
import { compilePolicy, scoreProduct, summarizeRules } from "./evaluate";
import { DEFAULT_LEVELS } from "./policy-defaults";
import { parsePolicy } from "./policy-parse";
import { resolvePolicy } from "./policy-resolve";
import type { RuleResult, RuleStatus, Severity } from "./types";

function result(
  id: string,
  level: string,
  status: RuleStatus,
  severity: Severity = "error",
  weight = 1,
): RuleResult {
  return {
    id,
    kind: id,
    title: id,
    level,
    severity,
    weight,
    status,
    evidence: `${id} evidence`,
    advice: `${id} advice`,
    exception: null,
  };
}

describe("summarizeRules", () => {
  test.each([
    [
      "nothing fails",
      [result("a", "bronze", "pass"), result("b", "gold", "pass")],
      "gold",
      null,
    ],
    [
      "a bronze rule fails",
      [result("a", "bronze", "fail"), result("b", "silver", "pass")],
      null,
      "bronze",
    ],
    [
      "a silver rule fails",
      [result("a", "bronze", "pass"), result("b", "silver", "fail")],
      "bronze",
      "silver",
    ],
    [
      "a gold rule fails",
      [result("a", "bronze", "pass"), result("c", "gold", "fail")],
      "silver",
      "gold",
    ],
    [
      "a failing warn rule blocks nothing",
      [result("a", "bronze", "fail", "warn")],
      "gold",
      null,
    ],
    [
      "n.a. and excepted rules block nothing",
      [
        result("a", "bronze", "not_applicable"),
        result("b", "silver", "excepted"),
      ],
      "gold",
      null,
    ],
    [
      "a lower failure caps the level",
      [result("a", "silver", "fail"), result("b", "gold", "pass")],
      "bronze",
      "silver",
    ],
  ])("%s", (_case, rules, level, next) => {
    const summary = summarizeRules(rules, DEFAULT_LEVELS);
    expect(summary.level).toBe(level);
    expect(summary.nextLevel?.level ?? null).toBe(next);
  });

  test("the next level lists every blocking rule at or below it, and the warnings apart", () => {
    const rules = [
      result("a", "bronze", "pass"),
      result("b", "silver", "fail"),
      result("c", "silver", "fail", "warn"),
      result("d", "gold", "fail"),
    ];
    expect(summarizeRules(rules, DEFAULT_LEVELS).nextLevel).toEqual({
      level: "silver",
      missing: [
        {
          id: "b",
          title: "b",
          level: "silver",
          evidence: "b evidence",
          advice: "b advice",
        },
      ],
      warnings: [
        {
          id: "c",
          title: "c",
          level: "silver",
          evidence: "c evidence",
          advice: "c advice",
        },
      ],
    });
  });

  test.each([
    [
      "weighted",
      [result("a", "bronze", "pass", "error", 3), result("b", "gold", "fail")],
      75,
    ],
    [
      "n.a. and excepted rules count for nothing",
      [
        result("a", "bronze", "pass"),
        result("b", "gold", "not_applicable"),
        result("c", "gold", "excepted"),
      ],
      100,
    ],
    [
      "failing warn rules count",
      [result("a", "bronze", "pass"), result("b", "gold", "fail", "warn")],
      50,
    ],
    ["no applicable rule", [result("a", "bronze", "not_applicable")], 100],
  ])("score: %s", (_case, rules, score) => {
    expect(summarizeRules(rules, DEFAULT_LEVELS).score).toBe(score);
  });
});

describe("exceptions", () => {
  const policyWith = (expires: string) =>
    compilePolicy(
      resolvePolicy(
        parsePolicy(
          `exceptions:\n  - rule: grants-defined\n    product: orders\n    reason: Grants live in Terraform\n    expires: ${expires}\n`,
          "policy.yml",
        ),
        "shop",
      ),
    );
  const grants = (expires: string) =>
    scoreProduct(makeFacts(), policyWith(expires), { now: NOW }).rules.find(
      (r) => r.id === "grants-defined",
    );

  test("an active exception turns a failure into excepted, and shows", () => {
    expect(grants("2026-03-01")).toMatchObject({
      status: "excepted",
      evidence: "no `grants` in the model's config",
      exception: {
        reason: "Grants live in Terraform",
        expires: "2026-03-01",
        isExpired: false,
      },
    });
  });

  test("an expired exception no longer applies, and still shows", () => {
    expect(grants("2026-02-28")).toMatchObject({
      status: "fail",
      exception: { expires: "2026-02-28", isExpired: true },
    });
  });

  test("an exception for one product leaves others alone", () => {
    const other = makeFacts({
      uniqueId: "model.shop.customers",
      name: "customers",
    });
    const rule = scoreProduct(other, policyWith("2026-12-31"), {
      now: NOW,
    }).rules.find((r) => r.id === "grants-defined");
    expect(rule).toMatchObject({ status: "fail", exception: null });
  });
});
