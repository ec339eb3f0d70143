import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { PolicyError, parsePolicy } from "./policy-parse";
import { resolvePolicy } from "./policy-resolve";

function problemsOf(text: string): string[] {
  try {
    parsePolicy(text, "policy.yml");
  } catch (error) {
    if (error instanceof PolicyError) return error.problems;
    throw error;
  }
  throw new Error("expected a PolicyError");
}

const rule = (text: string, project: string, id: string) =>
  resolvePolicy(parsePolicy(text, "policy.yml"), project).rules.find(
    (r) => r.id === id,
  );

describe("parsePolicy: errors name the line", () => {
  test.each([
    ["YAML syntax", "rules:\n  has-description: [\n", /^policy\.yml:3:1: /],
    [
      "a duplicate key",
      "rules:\n  in-use: {}\n  in-use: {}\n",
      /^policy\.yml:3:3: Map keys must be unique/,
    ],
    [
      "an unknown top-level key",
      "version: 1\nrulez: {}\n",
      /^policy\.yml:2:1: unknown key "rulez"$/,
    ],
    [
      "a bad severity",
      "rules:\n  in-use:\n    severity: fatal\n",
      /^policy\.yml:3:15: .*"warn"/,
    ],
    [
      "a parameter of the wrong type",
      "rules:\n  has-description:\n    min_length: thirty\n",
      /^policy\.yml:3:17: .*number/,
    ],
    [
      "an unknown parameter",
      "rules:\n  has-description:\n    min_lenght: 40\n",
      /^policy\.yml:3:5: unknown parameter "min_lenght"$/,
    ],
    [
      "an unknown rule",
      "rules:\n  has-docs: {}\n",
      /^policy\.yml:2:3: unknown rule "has-docs": use a built-in rule id/,
    ],
    [
      "an unknown kind",
      "rules:\n  extra:\n    kind: nope\n",
      /^policy\.yml:3:11: unknown kind "nope"$/,
    ],
    [
      "an unknown level",
      "rules:\n  in-use:\n    level: platinum\n",
      /^policy\.yml:3:12: unknown level "platinum" \(levels: bronze, silver, gold\)$/,
    ],
    [
      "an exception without reason",
      "exceptions:\n  - rule: in-use\n    product: orders\n    reason: ''\n    expires: 2026-01-31\n",
      /^policy\.yml:4:13: an exception needs a reason$/,
    ],
    [
      "an exception with a bad date",
      "exceptions:\n  - rule: in-use\n    product: orders\n    reason: x\n    expires: next week\n",
      /^policy\.yml:5:14: expected a date as YYYY-MM-DD$/,
    ],
    [
      "an exception for an unknown rule",
      "exceptions:\n  - rule: in-yse\n    product: orders\n    reason: x\n    expires: 2026-01-31\n",
      /^policy\.yml:2:11: exception for unknown rule "in-yse"$/,
    ],
    [
      "custom levels that leave built-in rules without one",
      "levels:\n  - id: one\n  - id: two\n",
      /^policy\.yml:2:3: rule "public-access" sits at level "bronze" by default, which this policy does not define/,
    ],
  ])("%s", (_case, text, message) => {
    const problems = problemsOf(text);
    expect(problems[0]).toMatch(message);
  });

  test.each([
    [
      "shape",
      "rules:\n  in-use:\n    severity: fatal\n  has-owner:\n    weight: -1\n",
      /^policy\.yml:5:13: /,
    ],
    [
      "meaning",
      "rules:\n  in-use:\n    level: top\n  has-description:\n    min_length: -1\n",
      /^policy\.yml:5:17: /,
    ],
  ])(
    "every problem of %s is reported, not just the first",
    (_case, text, second) => {
      const problems = problemsOf(text);
      expect(problems).toHaveLength(2);
      expect(problems[1]).toMatch(second);
    },
  );

  test("the error message lists the file's problems", () => {
    expect(() => parsePolicy("rulez: 1\n", "catalog-policy.yml")).toThrow(
      'catalog-policy.yml is not a valid catalog policy:\n  catalog-policy.yml:1:1: unknown key "rulez"',
    );
  });
});

describe("parsePolicy: what a file configures", () => {
  test("an empty file is the defaults", () => {
    const policy = parsePolicy("", "policy.yml");
    expect(policy.levels.map((l) => l.id)).toEqual([
      "bronze",
      "silver",
      "gold",
    ]);
    expect(policy.products).toEqual({
      access: ["public"],
      metaFlag: "data_product",
      paths: [],
    });
    expect(policy.rules.filter((r) => r.isEnabled)).toHaveLength(16);
  });

  test("global settings override the defaults, parameters keep their other defaults", () => {
    const text =
      "products:\n  access: [public, protected]\n  meta_flag: null\n  paths: [models/marts]\nrules:\n  grants-defined:\n    level: silver\n    severity: warn\n    weight: 3\n  open-table-format:\n    enabled: true\n";
    const policy = parsePolicy(text, "policy.yml");
    expect(policy.products).toEqual({
      access: ["public", "protected"],
      metaFlag: null,
      paths: ["models/marts"],
    });
    expect(policy.rules.find((r) => r.id === "grants-defined")).toMatchObject({
      level: "silver",
      severity: "warn",
      weight: 3,
      params: { privileges: [] },
    });
    expect(
      policy.rules.find((r) => r.id === "open-table-format")?.isEnabled,
    ).toBe(true);
  });

  test("an extra rule is an instance of a built-in kind under its own id", () => {
    const text =
      "rules:\n  cost-center:\n    kind: metadata-keys\n    title: Cost center recorded\n    level: silver\n    keys: [cost_center]\n";
    expect(rule(text, "any", "cost-center")).toMatchObject({
      kind: "metadata-keys",
      title: "Cost center recorded",
      level: "silver",
      params: { keys: ["cost_center"] },
    });
  });

  test("custom levels", () => {
    const text =
      "levels:\n  - id: listed\n  - id: trusted\n    title: Trusted\nrules:\n" +
      ["public-access", "has-description", "has-owner"]
        .map((id) => `  ${id}: {level: listed}\n`)
        .join("") +
      "  contract-enforced: {level: trusted}\n" +
      [
        "columns-documented",
        "primary-key-tested",
        "tests-passing",
        "versions-hygiene",
        "upstream-tests-passing",
        "freshness-sla-defined",
        "freshness-sla-met",
        "metadata-keys",
        "grants-defined",
        "upstream-sources-documented",
        "materialized-as-table",
        "in-use",
      ]
        .map((id) => `  ${id}: {enabled: false}\n`)
        .join("");
    const policy = parsePolicy(text, "policy.yml");
    expect(policy.levels).toEqual([
      { id: "listed", title: "Listed", description: "" },
      { id: "trusted", title: "Trusted", description: "" },
    ]);
  });
});

describe("parsePolicy: a project may only make rules stricter", () => {
  const global =
    "rules:\n  has-description:\n    min_length: 40\n  metadata-keys:\n    keys: [owner]\n  grants-defined:\n    severity: warn\n";

  test.each([
    [
      "raises a threshold",
      "      has-description:\n        min_length: 80\n",
      "has-description",
      { params: { min_length: 80 } },
    ],
    [
      "adds required keys to the mesh-wide ones",
      "      metadata-keys:\n        keys: [cost_center]\n",
      "metadata-keys",
      { params: { keys: ["owner", "cost_center"] } },
    ],
    [
      "requires a rule at a lower level",
      "      in-use:\n        level: silver\n",
      "in-use",
      { level: "silver" },
    ],
    [
      "raises a severity to error",
      "      grants-defined:\n        severity: error\n",
      "grants-defined",
      { severity: "error" },
    ],
    [
      "turns on a rule the mesh leaves off",
      "      open-table-format:\n        enabled: true\n",
      "open-table-format",
      { isEnabled: true },
    ],
    [
      "narrows accepted owner keys",
      "      has-owner:\n        meta_keys: [owner]\n",
      "has-owner",
      { params: { meta_keys: ["owner"] } },
    ],
    [
      "stops counting local consumers",
      "      in-use:\n        count_local: false\n",
      "in-use",
      { params: { count_local: false } },
    ],
  ])("%s", (_case, section, id, expected) => {
    const text = `${global}projects:\n  finance:\n    rules:\n${section}`;
    expect(rule(text, "finance", id)).toMatchObject(expected);
    // Other projects keep the mesh-wide rule.
    expect(rule(text, "marketing", id)).not.toMatchObject(expected);
  });

  test.each([
    [
      "lowers a threshold",
      "      has-description:\n        min_length: 10\n",
      /^policy\.yml:14:21: lowers it from 40 to 10: a project may only make mesh-wide rules stricter$/,
    ],
    [
      "lowers a severity",
      "      in-use:\n        severity: warn\n",
      /^policy\.yml:14:19: lowers the severity from error to warn/,
    ],
    [
      "moves a rule up a level",
      "      has-owner:\n        level: gold\n",
      /^policy\.yml:14:16: moves "has-owner" up from bronze to gold/,
    ],
    [
      "turns a rule off",
      "      in-use:\n        enabled: false\n",
      /^policy\.yml:14:18: turns off "in-use" \(record an exception with a reason and an expiry instead\)/,
    ],
    [
      "changes a weight",
      "      in-use:\n        weight: 5\n",
      /^policy\.yml:14:17: weights are set mesh-wide/,
    ],
    [
      "accepts more owner keys",
      "      has-owner:\n        meta_keys: [owner, contact]\n",
      /^policy\.yml:14:20: accepts contact, which the mesh-wide rule does not/,
    ],
    [
      "counts local consumers again",
      "      in-use:\n        count_local: true\n",
      null,
    ],
  ])("refuses a section that %s", (_case, section, message) => {
    const base =
      "rules:\n  has-description:\n    min_length: 40\n  metadata-keys:\n    keys: [owner]\n  grants-defined:\n    severity: warn\n  in-use:\n    count_local: false\n";
    const text = `${base}projects:\n  finance:\n    rules:\n${section}`;
    if (message === null)
      expect(problemsOf(text)[0]).toMatch(/^policy\.yml:14:22: turns it on/);
    else expect(problemsOf(text)[0]).toMatch(message);
  });
});

describe("exceptions", () => {
  const text = [
    "exceptions:",
    "  - rule: grants-defined",
    "    product: fct_orders",
    "    project: shop",
    "    reason: Grants are managed in Terraform",
    "    expires: 2026-06-30",
    "projects:",
    "  finance:",
    "    exceptions:",
    "      - rule: in-use",
    "        product: model.finance.fct_revenue",
    "        reason: New product, consumers onboard next quarter",
    "        expires: 2026-03-31",
    "",
  ].join("\n");

  test("apply to the project they name, top-level or in its section", () => {
    const policy = parsePolicy(text, "policy.yml");
    expect(resolvePolicy(policy, "shop").exceptions).toEqual([
      {
        rule: "grants-defined",
        product: "fct_orders",
        project: "shop",
        reason: "Grants are managed in Terraform",
        expires: "2026-06-30",
      },
    ]);
    expect(
      resolvePolicy(policy, "finance").exceptions.map((e) => e.rule),
    ).toEqual(["in-use"]);
    expect(resolvePolicy(policy, "marketing").exceptions).toEqual([]);
  });
});

describe("catalog-policy.example.yml", () => {
  const file = path.resolve(
    import.meta.dirname,
    "../../catalog-policy.example.yml",
  );
  const policy = parsePolicy(
    fs.readFileSync(file, "utf8"),
    "catalog-policy.example.yml",
  );

  test("parses, and its finance section tightens the mesh-wide rules", () => {
    const finance = resolvePolicy(policy, "finance");
    const byId = (id: string) => finance.rules.find((r) => r.id === id);
    expect(byId("has-description")?.params).toEqual({ min_length: 80 });
    expect(byId("in-use")?.level).toBe("silver");
    expect(byId("grants-defined")?.severity).toBe("error");
    expect(byId("metadata-keys")?.params).toEqual({
      keys: ["owner", "domain", "cost_center"],
    });
    expect(byId("open-table-format")).toBeDefined();
    expect(finance.exceptions.map((e) => e.rule)).toEqual([
      "grants-defined",
      "in-use",
    ]);
  });

  test("other projects get the mesh-wide rules, the extra rule included", () => {
    const marketing = resolvePolicy(policy, "marketing");
    expect(
      marketing.rules.find((r) => r.id === "grants-defined")?.severity,
    ).toBe("warn");
    expect(
      marketing.rules.find((r) => r.id === "open-table-format"),
    ).toBeUndefined();
    expect(marketing.rules.find((r) => r.id === "sla-in-meta")).toMatchObject({
      kind: "metadata-keys",
      severity: "warn",
    });
  });
});
