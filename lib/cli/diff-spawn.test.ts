import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { editSalesManifest } from "@/tests/edited-manifests";
import { REAL_FIXTURES } from "@/tests/fixtures";
import { runNpmScript, type NpmRun } from "@/tests/run-npm";

const UNUSED_DATA_DIR = path.join(
  os.tmpdir(),
  `diff-without-db-${process.pid}`,
);
const OLD = path.join(REAL_FIXTURES, "c24-workshops-sales/manifest.json");
let dir: string;
let edited: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "diff-cli-"));
  edited = path.join(dir, "manifest.json");
  await fs.writeFile(edited, JSON.stringify(editSalesManifest()));
});

afterAll(() => fs.rm(dir, { recursive: true, force: true }));

/** Runs `npm run diff` as a CI job would, from the fixtures folder, with no database anywhere. */
function runNpm(args: string[]): Promise<NpmRun> {
  const { DATABASE_URL: _url, ...inherited } = process.env;
  return runNpmScript("diff", args, {
    cwd: REAL_FIXTURES,
    env: { ...inherited, CATALOG_DATA_DIR: UNUSED_DATA_DIR },
  });
}

test("a removed column of a public model fails the gate; a new version beside the old one does not", async () => {
  const run = await runNpm(["c24-workshops-sales/manifest.json", edited]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(1);
  expect(run.stdout).toContain(
    "acme_sales: 1 breaking, 1 added, 0 removed, 0 changed",
  );
  expect(run.stdout).toContain(
    "✗ column phone_number removed from dim_customers v2",
  );
  expect(run.stdout).toContain("+ version 3 of ad_spend_per_adv added");
  expect(run.stdout).toContain("Gate failed: 1 breaking change.");
  // Nothing looked for a database: the data folder was never created.
  await expect(fs.stat(UNUSED_DATA_DIR)).rejects.toThrow();
});

test("the same manifest twice changes nothing and passes", async () => {
  const run = await runNpm([OLD, "c24-workshops-sales"]);
  expect(run.code).toBe(0);
  expect(run.stdout).toContain(
    "acme_sales: 0 breaking, 0 added, 0 removed, 0 changed",
  );
  expect(run.stdout).toContain("No breaking change.");
});

test("JSON and Markdown say the same", async () => {
  const json = await runNpm([OLD, edited, "--format", "json"]);
  expect(json.code).toBe(1);
  const body = JSON.parse(json.stdout) as {
    project: string;
    changes: {
      kind: string;
      category: string;
      uniqueId: string;
      column: string | null;
    }[];
  };
  expect(body.project).toBe("acme_sales");
  expect(body.changes.filter((c) => c.category === "breaking")).toEqual([
    expect.objectContaining({
      kind: "column_removed",
      uniqueId: "model.acme_sales.dim_customers.v2",
      column: "phone_number",
    }),
  ]);
  const markdown = await runNpm([OLD, edited, "--format", "markdown"]);
  expect(markdown.code).toBe(1);
  expect(markdown.stdout).toContain("### ✗ 1 breaking change in `acme_sales`");
  expect(markdown.stdout).toContain(
    "| **Column removed**: column phone_number removed from dim_customers v2 | none known |",
  );
  expect(markdown.stdout).toContain(
    "<details><summary>1 other change</summary>",
  );
});

test("a real project across dbt upgrades: two versions of dbt-bouncer's test project", async () => {
  const run = await runNpm(["dbt-bouncer/dbt_17", "dbt-bouncer/dbt_112"]);
  expect(run.code).toBe(1);
  expect(run.stdout).toContain(
    "✗ column order_id of orders renamed to order_id_pk",
  );
  expect(run.stdout).toContain(
    "hits exposure dbt_bouncer_test_project.Pulse queries (follows the latest; Jacky Jackson <jacky.jackson@example.com>)",
  );
});

test.each([
  [["c24-workshops-sales"], "give two manifests"],
  [[OLD, OLD, "--format", "xml"], "--format is text, json or markdown"],
  [
    [OLD, "dbt-bouncer/dbt_17"],
    "the manifests are of two projects: acme_sales and dbt_bouncer_test_project",
  ],
  [
    [OLD, "no/such/manifest.json"],
    "no/such/manifest.json: no such file or directory",
  ],
])("%j cannot run: exit 2", async (args, message) => {
  const run = await runNpm(args);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain(message);
});

describe("manifests large enough to be read on worker threads", () => {
  /** solana-models (manifest and catalog.json past OFF_THREAD_BYTES) with SUCCEEDED gone from core__fact_events. */
  async function writeEditedSolana(): Promise<string> {
    const target = path.join(dir, "solana");
    await fs.mkdir(target, { recursive: true });
    for (const file of ["manifest.json", "catalog.json"]) {
      const json = JSON.parse(
        await fs.readFile(
          path.join(REAL_FIXTURES, "solana-models", file),
          "utf8",
        ),
      ) as { nodes: Record<string, { columns: Record<string, unknown> }> };
      const node = json.nodes["model.solana_models.core__fact_events"];
      if (!node) throw new Error("the fixture lost core__fact_events");
      delete node.columns.SUCCEEDED;
      await fs.writeFile(path.join(target, file), JSON.stringify(json));
    }
    return target;
  }

  test("a protected model's column removed is a removal, not a break", async () => {
    const edited = await writeEditedSolana();
    const run = await runNpm([
      "solana-models",
      edited,
      "--project",
      "solana_models",
    ]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      "- column SUCCEEDED removed from core__fact_events",
    );
  });

  test("an unreadable manifest is reported from the worker, exit 2", async () => {
    const broken = path.join(dir, "broken", "manifest.json");
    await fs.mkdir(path.dirname(broken), { recursive: true });
    await fs.writeFile(
      broken,
      `{"nodes": ${"[".repeat(10)}${" ".repeat(5 * 1024 * 1024)}`,
    );
    const run = await runNpm([
      "solana-models",
      broken,
      "--project",
      "solana_models",
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^error: .*manifest\.json/);
  });
});
