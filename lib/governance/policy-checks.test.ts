import { expect, test } from "vitest";
import { parsePolicy, PolicyError } from "@/lib/score/policy-parse";
import { buildDefaultPolicy } from "@/lib/score/policy-defaults";
import { CHECK_KINDS } from "./checks";

function problemsOf(yaml: string): string[] {
  try {
    parsePolicy(yaml, "catalog-policy.yml");
  } catch (error) {
    if (error instanceof PolicyError) return error.problems;
    throw error;
  }
  return [];
}

test("without checks: every built-in check at its default severity", () => {
  const { checks } = buildDefaultPolicy().checks;
  expect(checks.map((c) => c.id)).toEqual(CHECK_KINDS.map((k) => k.id));
  expect(checks.find((c) => c.id === "unpinned-versioned-ref")?.severity).toBe(
    "warn",
  );
  expect(checks.find((c) => c.id === "ref-not-public")?.severity).toBe("error");
  expect(checks.find((c) => c.id === "stale-artifacts")?.params).toEqual({
    max_age: 7 * 86_400,
  });
});

test("a checks section configures built-ins, adds custom SQL checks and records exceptions", () => {
  const policy = parsePolicy(
    `checks:
  unpinned-versioned-ref:
    error_from: 2027-01-31
  stale-artifacts:
    max_age: 3 days
    exceptions:
      - project: legacy
        reason: Decommissioned in January
        expires: 2027-01-31
  orders-need-tests:
    title: Every orders model is tested
    severity: warn
    sql: |
      select unique_id, 'untested' as message from catalog_api.nodes
`,
    "catalog-policy.yml",
  );
  const byId = new Map(policy.checks.checks.map((c) => [c.id, c]));
  expect(byId.get("unpinned-versioned-ref")).toMatchObject({
    severity: "warn",
    errorFrom: "2027-01-31",
  });
  expect(byId.get("stale-artifacts")?.params).toEqual({ max_age: 3 * 86_400 });
  expect(byId.get("stale-artifacts")?.exceptions).toEqual([
    {
      node: null,
      project: "legacy",
      reason: "Decommissioned in January",
      expires: "2027-01-31",
    },
  ]);
  expect(byId.get("orders-need-tests")).toMatchObject({
    kind: "sql",
    title: "Every orders model is tested",
    severity: "warn",
    params: { timeout: 5 },
    sqlAt: { file: "catalog-policy.yml", line: 13, isBlock: true },
  });
});

test("a project may make a check stricter", () => {
  const policy = parsePolicy(
    `checks:
  unpinned-versioned-ref:
    error_from: 2027-06-30
projects:
  finance:
    checks:
      unpinned-versioned-ref:
        error_from: 2027-01-31
      duplicate-source:
        severity: error
      stale-artifacts:
        max_age: 1 day
`,
    "catalog-policy.yml",
  );
  const finance = new Map(
    policy.checks.projects.finance?.map((c) => [c.id, c]),
  );
  expect(finance.get("unpinned-versioned-ref")?.errorFrom).toBe("2027-01-31");
  expect(finance.get("duplicate-source")?.severity).toBe("error");
  expect(finance.get("stale-artifacts")?.params).toEqual({ max_age: 86_400 });
  expect(
    policy.checks.checks.find((c) => c.id === "duplicate-source")?.severity,
  ).toBe("warn");
});

test.each([
  [
    "lowers a severity",
    "ref-not-public:\n        severity: warn",
    "catalog-policy.yml:5:19: lowers the severity from error to warn: a project may only make mesh-wide checks stricter",
  ],
  [
    "turns a check off",
    "model-cycle:\n        enabled: false",
    'catalog-policy.yml:5:18: turns off "model-cycle" (record an exception with a reason and an expiry instead): a project may only make mesh-wide checks stricter',
  ],
  [
    "allows older artifacts",
    "stale-artifacts:\n        max_age: 30 days",
    "catalog-policy.yml:5:18: raises it from 604800 to 2592000: a project may only make mesh-wide rules stricter",
  ],
])(
  "a project section that %s is refused, naming its line",
  (_what, entry, problem) => {
    expect(
      problemsOf(`projects:\n  finance:\n    checks:\n      ${entry}\n`),
    ).toEqual([problem]);
  },
);

test.each([
  [
    "an unknown check",
    "checks:\n  no-such-check: {}\n",
    /2:3: unknown check "no-such-check"/,
  ],
  [
    "a bad error_from",
    "checks:\n  model-cycle:\n    error_from: soon\n",
    /3:17: expected a date as YYYY-MM-DD/,
  ],
  [
    "an exception without a reason",
    "checks:\n  model-cycle:\n    exceptions:\n      - node: a\n        expires: 2027-01-01\n",
    /4:9: Invalid input: expected string/,
  ],
  [
    "a mesh-wide exception naming nothing",
    "checks:\n  model-cycle:\n    exceptions:\n      - reason: because\n        expires: 2027-01-01\n",
    /4:9: a mesh-wide exception names a node, a project, or both/,
  ],
  [
    "an unknown parameter",
    "checks:\n  ref-not-public:\n    strict: true\n",
    /3:5: unknown parameter "strict"/,
  ],
  [
    "a custom check with an empty query",
    "checks:\n  mine:\n    sql: ' '\n",
    /3:10: a custom check needs its query/,
  ],
])("%s is a policy error with its line", (_what, yaml, problem) => {
  const [first] = problemsOf(yaml);
  expect(first).toMatch(problem);
});
