import { expect, test } from "vitest";
import { parsePolicy } from "@/lib/score/policy-parse";
import { emptyFacts, model, ref } from "@/tests/governance-facts";
import {
  findNewErrors,
  isBlocking,
  judgeMesh,
  listCustomChecks,
} from "./judge";
import type { MeshFacts } from "./types";

/*
 *  finance.dim_customers v1, v2 (latest) ──► marketing.segments (unpinned)
 *                                        ──► sales.pipeline     (unpinned)
 *  platform.fct_ledger (protected)       ──► marketing.spend    ref-not-public
 */
const customers = model("finance", "dim_customers", {
  version: "2",
  latestVersion: "2",
});
const ledger = model("platform", "fct_ledger", { access: "protected" });
const FACTS: MeshFacts = emptyFacts({
  projects: ["finance", "marketing", "platform", "sales"].map((name) => ({
    name,
    artifactsAt: "2026-12-03T00:00:00Z",
  })),
  models: [customers, ledger],
  refs: [
    ref("marketing", "segments", customers),
    ref("sales", "pipeline", customers),
    ref("marketing", "spend", ledger),
  ],
});

const POLICY = parsePolicy(
  `checks:
  stale-artifacts:
    max_age: 400 days
  unpinned-versioned-ref:
    error_from: 2027-01-31
  ref-not-public:
    exceptions:
      - node: spend
        project: marketing
        reason: Moves to fct_ledger_public in January
        expires: 2026-12-31
projects:
  sales:
    checks:
      unpinned-versioned-ref:
        severity: error
`,
  "catalog-policy.yml",
).checks;

const judge = (now: string) =>
  judgeMesh({
    facts: FACTS,
    policy: POLICY,
    policySource: "catalog-policy.yml",
    now: new Date(now),
  });

const summarize = (now: string) =>
  judge(now).violations.map(
    (v) =>
      `${v.check} ${v.project} ${v.severity}${v.errorFrom ? ` until ${v.errorFrom}` : ""}${v.exception ? ` excepted${v.exception.isExpired ? " (expired)" : ""}` : ""}`,
  );

test.each([
  [
    "2026-12-03T12:00:00Z",
    [
      "ref-not-public marketing error excepted",
      "unpinned-versioned-ref sales error",
      "unpinned-versioned-ref marketing warn until 2027-01-31",
    ],
  ],
  [
    "2027-01-31T00:00:00Z",
    [
      "ref-not-public marketing error excepted (expired)",
      "unpinned-versioned-ref marketing error",
      "unpinned-versioned-ref sales error",
    ],
  ],
])(
  "on %s: severities by error_from and the project's section, exceptions until they expire",
  (now, expected) => {
    expect(summarize(now)).toEqual(expected);
  },
);

test("only violations without a standing exception, at or above the threshold, block", () => {
  const { violations } = judge("2026-12-03T12:00:00Z");
  expect(
    violations.filter((v) => isBlocking(v, "error")).map((v) => v.project),
  ).toEqual(["sales"]);
  expect(
    violations.filter((v) => isBlocking(v, "warn")).map((v) => v.project),
  ).toEqual(["sales", "marketing"]);
});

test("new errors: blocking errors the previous run lacked, the same node's changed message included", () => {
  const { violations } = judge("2026-12-03T12:00:00Z");
  const blocking = violations.filter((v) => isBlocking(v, "error"));
  expect(findNewErrors(null, violations)).toEqual(blocking);
  expect(findNewErrors(violations, violations)).toEqual([]);
  const reworded = violations.map((v) => ({ ...v, message: `${v.message}!` }));
  expect(findNewErrors(violations, reworded)).toEqual([]);
  // A warning that became an error is new.
  const warned = violations.map((v) => ({ ...v, severity: "warn" as const }));
  expect(findNewErrors(warned, violations)).toEqual(blocking);
});

test("custom findings are judged like built-in ones; a project's own check judges that project only", () => {
  const policy = parsePolicy(
    `projects:
  finance:
    checks:
      finance-naming:
        severity: warn
        sql: select 1
`,
    "catalog-policy.yml",
  ).checks;
  const [run] = listCustomChecks(policy);
  expect(run?.project).toBe("finance");
  const report = judgeMesh({
    facts: emptyFacts(),
    policy,
    policySource: "catalog-policy.yml",
    now: new Date("2026-12-03T12:00:00Z"),
    custom: [
      {
        check: "finance-naming",
        project: "finance",
        findings: [
          {
            project: "finance",
            uniqueId: "model.finance.Orders",
            message: "not snake_case",
          },
          {
            project: "marketing",
            uniqueId: "model.marketing.Leads",
            message: "not snake_case",
          },
        ],
        problem: null,
      },
    ],
  });
  expect(
    report.violations.map((v) => [v.check, v.uniqueId, v.severity]),
  ).toEqual([["finance-naming", "model.finance.Orders", "warn"]]);
});
