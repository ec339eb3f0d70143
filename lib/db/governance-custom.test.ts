import fs from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { parsePolicy } from "@/lib/score/policy-parse";
import { listCustomChecks } from "@/lib/governance/judge";
import { getPool } from "@/lib/db/client";
import { useTestDatabase } from "@/tests/db";
import { runCustomCheck } from "./governance-custom";

beforeAll(async () => {
  await useTestDatabase();
  await getPool().query(`INSERT INTO projects (name) VALUES ('finance')`);
});

/** The one custom check of a policy whose `checks:` is `yaml`, run against the catalog. */
async function run(yaml: string) {
  const policy = parsePolicy(yaml, "catalog-policy.yml");
  const [custom] = listCustomChecks(policy.checks);
  if (!custom) throw new Error("no custom check");
  return runCustomCheck(custom);
}

const projectCount = async () =>
  (
    await getPool().query<{ n: number }>(
      "SELECT count(*)::int AS n FROM projects",
    )
  ).rows[0]?.n;

test("a custom check reads the catalog_api views and reports what it returns", async () => {
  const outcome = await run(`checks:
  every-project:
    sql: |
      select 'model.' || name || '.x' as unique_id, name as project, 'found ' || name as message
      from projects
`);
  expect(outcome.problem).toBeNull();
  expect(outcome.findings).toEqual([
    {
      project: "finance",
      uniqueId: "model.finance.x",
      message: "found finance",
    },
  ]);
});

describe("a custom check cannot write", () => {
  test.each([
    [
      "INSERT",
      "insert into projects (name) values ('evil') returning name as unique_id, name as message",
    ],
    [
      "UPDATE",
      "update projects set name = 'evil' returning name as unique_id, name as message",
    ],
    [
      "DELETE",
      "delete from projects returning name as unique_id, name as message",
    ],
    ["CREATE", "create table evil (unique_id text, message text)"],
    [
      "a data-modifying CTE",
      "with gone as (delete from public.projects returning name) select name as unique_id, name as message from gone",
    ],
    ["SET TRANSACTION READ WRITE", "set transaction read write"],
    [
      "a second statement after COMMIT",
      "select 1 as unique_id, 'x' as message; commit; delete from public.projects",
    ],
  ])("%s is refused, and the catalog is as it was", async (_what, sql) => {
    const outcome = await run(
      `checks:\n  evil:\n    sql: "${sql.replace(/"/g, '\\"')}"\n`,
    );
    expect(outcome.findings).toEqual([]);
    expect(outcome.problem).toMatch(/^catalog-policy\.yml:3: check "evil": /);
    expect(await projectCount()).toBe(1);
  });
});

// Busy, not asleep: pg_sleep reads the wall clock, which a test run under
// faketime moves, and once came back early; a count over 10^11 rows would
// run for hours, so only the statement timeout ends it.
test("a custom check cannot run past its timeout", async () => {
  const outcome = await run(`checks:
  slow:
    timeout: 1s
    sql: select 'x' as unique_id, count(*)::text as message from generate_series(1, 100000000000)
`);
  expect(outcome.problem).toBe(
    'catalog-policy.yml:4: check "slow": ran past its timeout of 1 second',
  );
});

test("a syntax error is reported with its line in the policy file", async () => {
  const outcome = await run(`version: 1
checks:
  broken:
    severity: warn
    sql: |
      select unique_id,
             'no tests' as message
      form catalog_api.nodes
      where resource_type = 'model'
`);
  expect(outcome.problem).toBe(
    'catalog-policy.yml:8: check "broken": syntax error at or near "form"',
  );
});

test("a query without the columns a check needs is a problem", async () => {
  const outcome = await run(
    `checks:\n  shapeless:\n    sql: select name from projects\n`,
  );
  expect(outcome.problem).toBe(
    'catalog-policy.yml:3: check "shapeless": the query returns no unique_id or message column',
  );
});

test("a query naming a table outside the views is refused", async () => {
  const outcome = await run(
    `checks:\n  sneaky:\n    sql: select secret_hash as unique_id, '' as message from public.api_tokens\n`,
  );
  expect(outcome.problem).toMatch(
    /^catalog-policy\.yml:3: check "sneaky": may only read the catalog_api views/,
  );
});

test.each(["README.md", "docs/catalog-api.md", "catalog-policy.example.yml"])(
  "the custom checks %s shows parse and run against the views",
  async (file) => {
    const text = await fs.readFile(path.resolve(file), "utf8");
    const blocks = file.endsWith(".yml")
      ? [text]
      : [...text.matchAll(/```yaml\n([\s\S]*?)```/g)]
          .map((m) => m[1] ?? "")
          .filter((yaml) => yaml.includes("sql: |"));
    expect(blocks.length).toBeGreaterThan(0);
    for (const yaml of blocks) {
      const policy = parsePolicy(yaml, file);
      const runs = listCustomChecks(policy.checks);
      expect(runs.length).toBeGreaterThan(0);
      for (const custom of runs)
        expect((await runCustomCheck(custom)).problem).toBeNull();
    }
  },
);
