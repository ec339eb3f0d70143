import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, test } from "vitest";
import { REPO, runNpmScript, type NpmRun } from "@/tests/run-npm";

const UNUSED_DATA_DIR = path.join(os.tmpdir(), `cli-help-${process.pid}`);

/** Runs an npm script from the repository, with no database anywhere. */
function runNpm(script: string, args: string[]): Promise<NpmRun> {
  const { DATABASE_URL: _url, ...inherited } = process.env;
  return runNpmScript(script, args, {
    cwd: REPO,
    env: { ...inherited, CATALOG_DATA_DIR: UNUSED_DATA_DIR },
  });
}

const SCRIPTS = [
  "demo",
  "db:migrate",
  "ingest",
  "score",
  "token",
  "mcp",
  "sample",
  "bench",
  "bench:lineage",
];

test.concurrent.each(SCRIPTS)(
  "`npm run %s -- --help` prints its usage and touches nothing",
  async (script) => {
    const run = await runNpm(script, ["--help"]);
    expect(run.stdout).toMatch(/^Usage/);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    await expect(fs.stat(UNUSED_DATA_DIR)).rejects.toThrow();
  },
);

test.concurrent.each(SCRIPTS)(
  "`npm run %s` with an unknown option names it, with usage, exit 2",
  async (script) => {
    const run = await runNpm(script, ["--no-such-option"]);
    expect(run.stderr).toContain("--no-such-option");
    expect(run.stderr).toMatch(/Usage/);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.code).toBe(2);
    await expect(fs.stat(UNUSED_DATA_DIR)).rejects.toThrow();
  },
);
