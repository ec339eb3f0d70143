import { beforeAll, expect, test } from "vitest";
import { now } from "@/lib/clock";
import { CHECK_KINDS } from "@/lib/governance/checks";
import { ingestSampleMesh } from "@/lib/ingest/ingest-sample";
import { runCheckCli } from "@/tests/cli";
import { useTestDatabase } from "@/tests/db";
import { TEST_LIMIT } from "@/tests/ingest";
import { buildTree } from "@/tests/temp-tree";

let url: string;

beforeAll(async () => {
  url = await useTestDatabase();
  await ingestSampleMesh({ maxArtifactBytes: TEST_LIMIT, now: now() });
});

/** A policy with every built-in check off but `on`, plus `extra` YAML under checks:. */
function policyWith(on: string, extra = ""): string {
  const off = CHECK_KINDS.filter((k) => k.id !== on)
    .map((k) => `  ${k.id}:\n    enabled: false\n`)
    .join("");
  return `checks:\n${off}${extra}`;
}

/*
 * The sample mesh refs platform.dim_customers (v1, v2; latest v2) unpinned
 * from finance.fct_invoices, marketing.customer_segments and
 * marketing.fct_attribution_touches, and crm.crm_accounts (v1, v2) unpinned
 * from sales.opportunities: four warnings of unpinned-versioned-ref.
 */
const UNPINNED = policyWith(
  "unpinned-versioned-ref",
  `  unpinned-versioned-ref:
    exceptions:
      - node: customer_segments
        project: marketing
        reason: Re-pinned with the Q1 segment rebuild
        expires: 2099-12-31
`,
);

async function check(args: string[], policy = UNPINNED) {
  const cwd = await buildTree({ "catalog-policy.yml": policy });
  return runCheckCli(args, { cwd, env: { DATABASE_URL: url } });
}

test("warnings pass a gate on errors, and fail a gate on warnings", async () => {
  const onErrors = await check([]);
  expect(onErrors.code).toBe(0);
  expect(onErrors.stdout).toContain("0 errors, 3 warnings, 1 excepted");
  expect(onErrors.stdout).toContain(
    "Gate passed: no violation at or above error.",
  );
  const onWarnings = await check(["--fail-on", "warn"]);
  expect(onWarnings.code).toBe(1);
  expect(onWarnings.stdout).toContain(
    "Gate failed: 3 violations at or above warn.",
  );
  expect(onWarnings.stdout).toContain(
    "  marketing  model.marketing.customer_segments [excepted until 2099-12-31: Re-pinned with the Q1 segment rebuild]",
  );
});

test("--project keeps one project's violations", async () => {
  const run = await check([
    "--project",
    "finance",
    "--format",
    "json",
    "--fail-on",
    "warn",
  ]);
  const report = JSON.parse(run.stdout) as {
    violations: { project: string; uniqueId: string }[];
    blocking: number;
  };
  expect(report.violations.map((v) => `${v.project} ${v.uniqueId}`)).toEqual([
    "finance model.finance.fct_invoices",
  ]);
  expect(report.blocking).toBe(1);
  expect(run.code).toBe(1);
});

test("JUnit: each violation a failing test case, an excepted one skipped, a clean check one passing case", async () => {
  const run = await check(
    ["--format", "junit"],
    policyWith(
      "unpinned-versioned-ref",
      UNPINNED.slice(
        UNPINNED.indexOf("  unpinned-versioned-ref:\n    exceptions"),
      ),
    ) +
      "  mine:\n    sql: select unique_id, 'x' as message from nodes where false\n",
  );
  expect(run.stdout).toMatch(
    /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="governance checks" failures="3" errors="0">/,
  );
  expect(run.stdout.match(/<failure type="warn"/g)).toHaveLength(3);
  expect(
    run.stdout.match(
      /<skipped message="excepted until 2099-12-31: Re-pinned with the Q1 segment rebuild"\/>/g,
    ),
  ).toHaveLength(1);
  expect(run.stdout).toContain(
    '<testsuite name="mine: mine" tests="1" failures="0" errors="0" skipped="0">',
  );
});

test("markdown fits a pull-request comment", async () => {
  const run = await check(["--format", "markdown", "--fail-on", "warn"]);
  expect(run.stdout).toContain("### ❌ Governance checks of the mesh");
  expect(run.stdout).toContain(
    "| Project | Node | Finding | Owners | Status |",
  );
  expect(run.stdout).toContain(
    "| finance | `model.finance.fct_invoices` | refs platform.dim_customers without a version: it follows the latest (now v2) | Finance Analytics, finance-analytics@larkspur.example |  |",
  );
});

test.each([
  [["--format", "yaml"], /--format is text, json, markdown, junit, not "yaml"/],
  [["--fail-on", "info"], /--fail-on is error or warn, not "info"/],
  [["--project", "nowhere"], /the catalog holds no project "nowhere"/],
])("%j cannot run: exit 2", async (args, message) => {
  const run = await check(args);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(message);
});

test("a custom check that cannot run fails the gate with its line, after printing what ran", async () => {
  const run = await check([], `${UNPINNED}  broken:\n    sql: selec 1\n`);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain(
    'error: catalog-policy.yml:31: check "broken": syntax error at or near "selec"',
  );
  expect(run.stdout).toContain("0 errors, 3 warnings, 1 excepted");
});
