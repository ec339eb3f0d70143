import { describe, expect, test } from "vitest";
import { makeFacts, NOW } from "@/tests/score-facts";
import { compilePolicy, scoreProduct } from "./evaluate";
import { parsePolicy } from "./policy-parse";
import { resolvePolicy } from "./policy-resolve";
import { compactRules, expandRules } from "./stored-rules";

describe("stored rule results", () => {
  const policy = resolvePolicy(
    parsePolicy(
      "exceptions:\n  - rule: grants-defined\n    product: orders\n    reason: Terraform\n    expires: 2026-12-31\n",
      "policy.yml",
    ),
    "shop",
  );
  const score = scoreProduct(makeFacts(), compilePolicy(policy), { now: NOW });

  test("keep only what varies by product, and expand back to the same results", () => {
    const stored = compactRules(score.rules);
    expect(stored.find((r) => r.id === "public-access")).toEqual({
      id: "public-access",
      status: "pass",
      evidence: "access: public",
    });
    expect(stored.find((r) => r.id === "grants-defined")?.exception).toEqual({
      reason: "Terraform",
      expires: "2026-12-31",
      isExpired: false,
    });
    expect(expandRules(stored, policy)).toEqual(score.rules);
  });

  test("a rule the policy no longer has keeps its evidence and blocks nothing", () => {
    const [first] = expandRules(
      [{ id: "retired", status: "fail", evidence: "x" }],
      policy,
    );
    expect(first).toMatchObject({
      id: "retired",
      title: "retired",
      level: "",
      status: "fail",
      advice: "",
    });
  });
});
