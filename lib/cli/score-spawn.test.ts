import { spawn } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { REAL_FIXTURES } from "@/tests/fixtures";

const REPO = path.resolve(import.meta.dirname, "../..");
const UNUSED_DATA_DIR = path.join(
  os.tmpdir(),
  `score-without-db-${process.pid}`,
);

type Finished = { code: number | null; stdout: string; stderr: string };

/** Runs `npm run score` as a CI job would, from the fixtures folder, with no database anywhere. */
function runNpm(args: string[]): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const {
      DATABASE_URL: _url,
      CATALOG_POLICY_FILE: _policy,
      ...inherited
    } = process.env;
    const env = { ...inherited, CATALOG_DATA_DIR: UNUSED_DATA_DIR };
    const child = spawn(
      "npm",
      ["--prefix", REPO, "--silent", "run", "score", "--", ...args],
      {
        cwd: REAL_FIXTURES,
        env,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
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
