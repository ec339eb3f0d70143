import { beforeAll, expect, test } from "vitest";
import { now } from "@/lib/clock";
import { ingestSampleMesh } from "@/lib/ingest/ingest-sample";
import { useTestDatabase } from "@/tests/db";
import { TEST_LIMIT } from "@/tests/ingest";
import { runNpmScript } from "@/tests/run-npm";
import { buildTree } from "@/tests/temp-tree";

let url: string;

beforeAll(async () => {
  url = await useTestDatabase();
  await ingestSampleMesh({ maxArtifactBytes: TEST_LIMIT, now: now() });
});

test("the real `npm run check` gates with its own exit code and reads the policy from the caller's folder", async () => {
  // Only a check the sample offends whatever the day: contracts of public models.
  const cwd = await buildTree({
    "catalog-policy.yml": `checks:
  stale-artifacts:
    enabled: false
  deprecated-ref:
    enabled: false
  ref-past-deprecation:
    enabled: false
`,
  });
  const { CATALOG_POLICY_FILE: _policy, ...inherited } = process.env;
  const env = { ...inherited, DATABASE_URL: url };
  const failed = await runNpmScript("check", ["--format", "junit"], {
    cwd,
    env,
  });
  expect(failed.code).toBe(1);
  expect(failed.stdout).toContain(
    '<testsuite name="public-model-contract: Public model without an enforced contract"',
  );
  expect(failed.stdout).toMatch(
    /<testcase classname="public-model-contract" name="platform model\.platform\.customer_ltv"><failure type="error"/,
  );
  const passed = await runNpmScript(
    "check",
    ["--project", "finance", "--fail-on", "error"],
    { cwd, env },
  );
  expect(passed.stdout).toContain("Gate passed");
  expect(passed.code).toBe(0);
  const usage = await runNpmScript("check", ["--fail-on", "never"], {
    cwd,
    env,
  });
  expect(usage.code).toBe(2);
});
