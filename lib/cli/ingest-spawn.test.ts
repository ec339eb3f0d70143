import path from "node:path";
import { afterEach, expect, test } from "vitest";
import { closeDb } from "@/lib/db/client";
import { useTestDatabase } from "@/tests/db";
import { REAL_FIXTURES } from "@/tests/fixtures";
import { crossProjectEdges } from "@/tests/ingest";
import { REPO, runNpmScript, type NpmRun } from "@/tests/run-npm";
import {
  buildTree,
  DOWNSTREAM_DIR,
  removeTrees,
  UPSTREAM_DIR,
} from "@/tests/temp-tree";

/** Runs `npm run ingest` as a user would, from `cwd`, against the test's own database. */
function runIngest(
  args: string[],
  cwd: string,
  databaseUrl: string,
): Promise<NpmRun> {
  return runNpmScript("ingest", args, {
    cwd,
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
}

afterEach(async () => {
  await closeDb();
  await removeTrees();
});

test("the real `npm run ingest`: paths from the caller's folder, summary on stdout, exit code 1 on a rejection", async () => {
  const url = await useTestDatabase();
  const ok = await runIngest(
    [path.join(REAL_FIXTURES, UPSTREAM_DIR)],
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
  const failed = await runIngest(["mesh"], root, url);
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
