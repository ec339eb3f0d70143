import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { REAL_FIXTURES } from "@/tests/fixtures";
import { runNpmScript, type NpmRun } from "@/tests/run-npm";

const UNUSED_DATA_DIR = path.join(
  os.tmpdir(),
  `score-without-db-${process.pid}`,
);

/** Runs `npm run score` as a CI job would, from the fixtures folder, with no database anywhere. */
function runNpm(args: string[]): Promise<NpmRun> {
  const {
    DATABASE_URL: _url,
    CATALOG_POLICY_FILE: _policy,
    ...inherited
  } = process.env;
  return runNpmScript("score", args, {
    cwd: REAL_FIXTURES,
    env: { ...inherited, CATALOG_DATA_DIR: UNUSED_DATA_DIR },
  });
}

test("the real `npm run score` exits with its own code, offline, paths from the caller's folder", async () => {
  const failed = await runNpm([
    "c24-workshops-sales",
    "--fail-under",
    "bronze",
  ]);
  expect(failed.stdout).toContain("Gate failed: 2 products are below bronze");
  expect(failed.code).toBe(1);
  const passed = await runNpm(["c24-workshops-sales"]);
  expect(passed.code).toBe(0);
  const usage = await runNpm([
    "c24-workshops-sales",
    "--fail-under",
    "platinum",
  ]);
  expect(usage.code).toBe(2);
  // Nothing looked for a database: the data folder was never created.
  await expect(fs.stat(UNUSED_DATA_DIR)).rejects.toThrow();
});
