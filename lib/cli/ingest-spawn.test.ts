import { spawn } from "node:child_process";
import path from "node:path";
import { afterEach, expect, test } from "vitest";
import { closeDb } from "@/lib/db/client";
import { useTestDatabase } from "@/tests/db";
import { REAL_FIXTURES } from "@/tests/fixtures";
import { crossProjectEdges } from "@/tests/ingest";
import {
  buildTree,
  DOWNSTREAM_DIR,
  removeTrees,
  UPSTREAM_DIR,
} from "@/tests/temp-tree";

const REPO = path.resolve(import.meta.dirname, "../..");

type Finished = { code: number | null; stdout: string; stderr: string };

/** Runs npm as a user would, from `cwd`, against the test's own database. */
function runNpm(
  args: string[],
  cwd: string,
  databaseUrl: string,
): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["--prefix", REPO, "--silent", ...args], {
      cwd,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

afterEach(async () => {
  await closeDb();
  await removeTrees();
});

test("the real `npm run ingest`: paths from the caller's folder, summary on stdout, exit code 1 on a rejection", async () => {
  const url = await useTestDatabase();
  const ok = await runNpm(
    ["run", "ingest", "--", path.join(REAL_FIXTURES, UPSTREAM_DIR)],
    REPO,
    url,
  );
  expect(ok.stdout).toContain("upstream: ingested in");
  expect(ok.code).toBe(0);

  const root = await buildTree({
    "mesh/downstream/manifest.json": {
      fixture: `${DOWNSTREAM_DIR}/manifest.json`,
    },
    "mesh/half-written/manifest.json": '{"metadata": {"dbt_schema_version": ',
  });
  const failed = await runNpm(["run", "ingest", "--", "mesh"], root, url);
  expect(failed.stdout).toContain("downstream: ingested in");
  expect(failed.stdout).toContain(
    "mesh/half-written: REJECTED, nothing was written",
  );
  expect(failed.stdout).toContain(
    "cross-project refs now 6 resolved, 0 unresolved",
  );
  expect(failed.code).toBe(1);
  expect(
    (await crossProjectEdges("downstream")).every(
      (e) => e.resolvedProject === "upstream",
    ),
  ).toBe(true);
});
