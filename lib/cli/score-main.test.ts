import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { runScoreCli } from "@/tests/cli";
import { REAL_FIXTURES } from "@/tests/fixtures";
import { NOW } from "@/tests/score-facts";
import { buildTree, removeTrees } from "@/tests/temp-tree";

const C24 = "c24-workshops-sales";
const BOUNCER = "dbt-bouncer/dbt_112";
const run = (argv: string[], env: Record<string, string> = {}) =>
  runScoreCli(argv, { cwd: REAL_FIXTURES, env, now: NOW });

afterEach(removeTrees);

describe("npm run score: usage", () => {
  test("--help prints the usage and exits 0", async () => {
    const result = await run(["--help"]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toContain("Usage: npm run score -- <path>...");
  });

  test.each([
    [[], "error: give at least one path to dbt artifacts"],
    [[C24, "--format", "yaml"], 'error: --format is text or json, not "yaml"'],
    [[C24, "--frobnicate"], "error: Unknown option '--frobnicate'"],
    [
      [C24, "--fail-under", "platinum"],
      "error: --fail-under platinum: the policy's levels are bronze, silver, gold",
    ],
    [
      [C24, BOUNCER, "--project", "x"],
      "error: --project names one project, but 2 were found",
    ],
    [["no/such/dir"], "error: no/such/dir: no such file or directory"],
    [
      [C24, "--policy", "missing.yml"],
      "error: policy file missing.yml: cannot be read",
    ],
  ])("%j exits 2", async (argv, message) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe("");
  });

  test("a bad policy file exits 2 and names its lines", async () => {
    const dir = await buildTree({
      "policy.yml":
        "rules:\n  in-use:\n    level: platinum\n  has-description:\n    min_lenght: 40\n",
    });
    const result = await run([C24, "--policy", path.join(dir, "policy.yml")]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/policy\.yml:3:12: unknown level "platinum"/);
    expect(result.stderr).toMatch(
      /policy\.yml:5:5: unknown parameter "min_lenght"/,
    );
  });

  test("artifacts that cannot be read exit 2 after scoring the others", async () => {
    const dir = await buildTree({
      "broken/target/manifest.json": "{ not json",
    });
    const result = await run([path.join(dir, "broken/target"), C24]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("manifest.json");
    expect(result.stdout).toContain("acme_sales");
  });
});

describe("npm run score: the gate", () => {
  test("without --fail-under it reports and exits 0", async () => {
    const result = await run([C24]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "4 data products: gold 0, silver 0, bronze 2, below bronze 2",
    );
    expect(result.stdout).not.toContain("Gate");
  });

  test("a product under --fail-under exits 1, naming it and what it lacks", async () => {
    const result = await run([C24, "--fail-under", "bronze"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      [
        "  dim_customers v2: below bronze, score 75",
        "    to reach bronze:",
        "      ✗ has-description [bronze] Described at model level",
        '          the description has 25 characters ("Customer dimensions table"); the policy asks for at least 30',
      ].join("\n"),
    );
    expect(result.stdout).toContain(
      "Gate failed: 2 products are below bronze: model.acme_sales.dim_customers.v1, model.acme_sales.dim_customers.v2",
    );
  });

  test("every product at the threshold or above exits 0", async () => {
    const dir = await buildTree({
      "policy.yml": "rules:\n  has-description:\n    min_length: 20\n",
    });
    const result = await run([
      C24,
      "--fail-under",
      "bronze",
      "--policy",
      path.join(dir, "policy.yml"),
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "Gate passed: every product is bronze or better.",
    );
  });

  test("CATALOG_POLICY_FILE names the policy when --policy does not", async () => {
    const dir = await buildTree({
      "policy.yml": "rules:\n  has-description:\n    min_length: 20\n",
    });
    const result = await run([C24, "--fail-under", "bronze"], {
      CATALOG_POLICY_FILE: path.join(dir, "policy.yml"),
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Policy: ${path.join(dir, "policy.yml")}`);
  });

  test("exceptions show with their reason, and excepted rules block nothing", async () => {
    const dir = await buildTree({
      "policy.yml": [
        "exceptions:",
        "  - rule: has-description",
        "    product: dim_customers",
        "    reason: Rewritten in the next release",
        "    expires: 2026-03-31",
        "",
      ].join("\n"),
    });
    const result = await run([
      C24,
      "--fail-under",
      "bronze",
      "--policy",
      path.join(dir, "policy.yml"),
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "~ has-description excepted until 2026-03-31: Rewritten in the next release",
    );
  });
});

describe("npm run score --format json", () => {
  test("prints every product with every rule, and the products under the threshold", async () => {
    const result = await run([
      BOUNCER,
      "--format",
      "json",
      "--fail-under",
      "silver",
    ]);
    expect(result.code).toBe(1);
    const output = JSON.parse(result.stdout) as {
      failUnder: string;
      projects: {
        project: string;
        products: {
          uniqueId: string;
          level: string | null;
          rules: { id: string; status: string }[];
        }[];
      }[];
      below: { uniqueId: string }[];
    };
    expect(output.failUnder).toBe("silver");
    const [project] = output.projects;
    expect(project?.project).toBe("dbt_bouncer_test_project");
    expect(project?.products).toHaveLength(4);
    expect(output.below).toHaveLength(4);
    const v2 = project?.products.find((p) =>
      p.uniqueId.endsWith("customers.v2"),
    );
    // Offline, a product nothing local uses cannot be judged "in use".
    expect(v2?.rules.find((r) => r.id === "in-use")?.status).toBe(
      "not_applicable",
    );
  });
});
