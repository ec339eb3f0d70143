import { afterEach, describe, expect, test } from "vitest";
import type { ArtifactKind } from "@/lib/artifacts/types";
import { closeDb, getPool } from "@/lib/db/client";
import { toSampleArtifacts } from "@/lib/ingest/ingest-sample";
import { generateSampleMesh } from "@/lib/sample";
import { runIngestCli } from "@/tests/cli";
import { useTestDatabase } from "@/tests/db";
import { failTestsLater } from "@/tests/manifests";
import {
  buildTree,
  DOWNSTREAM_DIR,
  removeTrees,
  UPSTREAM_DIR,
} from "@/tests/temp-tree";

/** The sample platform project's files as built on `day`, by artifact kind. */
function platformFiles(day: string): Partial<Record<ArtifactKind, string>> {
  const project = generateSampleMesh({ now: new Date(day) }).find(
    (p) => p.name === "platform",
  );
  if (!project) throw new Error("no platform project");
  return Object.fromEntries(
    Object.entries(toSampleArtifacts(project)).map(([kind, artifact]) => [
      kind,
      Buffer.from(artifact.bytes).toString(),
    ]),
  );
}

const OLD = platformFiles("2026-11-01T06:00:00Z");
const NEW = platformFiles("2026-11-02T06:00:00Z");

afterEach(async () => {
  await closeDb();
  await removeTrees();
});

describe("npm run ingest: cross-project ref counts", () => {
  test("a producer ingested after its consumer: its line and the total agree", async () => {
    await useTestDatabase();
    const root = await buildTree({
      "down/manifest.json": { fixture: `${DOWNSTREAM_DIR}/manifest.json` },
      "up/manifest.json": { fixture: `${UPSTREAM_DIR}/manifest.json` },
    });
    await runIngestCli(["down"], { cwd: root });
    const run = await runIngestCli(["up"], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      "cross-project refs: 0 resolved, 0 unresolved; 6 refs from other projects resolve to it",
    );
    expect(run.stdout).toContain(
      "cross-project refs now 0 resolved, 0 unresolved; 6 refs from other projects resolve to them;",
    );
    const both = await runIngestCli(["down", "up", "--json"], { cwd: root });
    const totals = (JSON.parse(both.stdout) as { totals: unknown }).totals;
    // Within the run, the refs between its projects are counted once.
    expect(totals).toMatchObject({
      crossProjectRefs: { resolved: 6, unresolved: 0, incomingResolved: 0 },
    });
  });
});

describe("npm run ingest: history", () => {
  test("an older manifest exits 1 and changes nothing; --force ingests it", async () => {
    await useTestDatabase();
    const root = await buildTree({
      "new/manifest.json": NEW.manifest ?? "",
      "old/manifest.json": OLD.manifest ?? "",
    });
    expect((await runIngestCli(["new"], { cwd: root })).code).toBe(0);
    const refused = await runIngestCli(["old"], { cwd: root });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain("old: REJECTED, nothing was written");
    expect(refused.stdout).toContain(
      "manifest.json was generated at 2026-11-01T04:25:09.431Z, before the stored one (generated at 2026-11-02T04:25:09.431Z)",
    );
    const forced = await runIngestCli(["old", "--force"], { cwd: root });
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain("platform: ingested");
  });

  test("a manifest alone reports the results it carried over", async () => {
    await useTestDatabase();
    const { manifest, ...results } = OLD;
    const root = await buildTree({
      "full/manifest.json": manifest ?? "",
      "full/run_results.json": results.run_results ?? "",
      "full/sources.json": results.sources ?? "",
      "full/catalog.json": results.catalog ?? "",
      "alone/manifest.json": NEW.manifest ?? "",
    });
    await runIngestCli(["full"], { cwd: root });
    const run = await runIngestCli(["alone"], { cwd: root });
    expect(run.stdout).toMatch(
      /carried over: \d+ run results, 3 freshness results, \d+ catalog stats from earlier runs/,
    );
    const manifestOnly = JSON.parse(NEW.manifest ?? "{}") as {
      metadata: Record<string, unknown>;
    };
    manifestOnly.metadata.generated_at = "2026-11-03T04:25:09Z";
    const later = await buildTree({
      "manifest.json": JSON.stringify(manifestOnly),
    });
    const json = await runIngestCli([later, "--json"], { cwd: root });
    const [project] = (
      JSON.parse(json.stdout) as {
        projects: { report: { carriedOver: Record<string, number> } }[];
      }
    ).projects;
    expect(project?.report.carriedOver).toMatchObject({ freshness: 3 });
  });

  test("--run-results adds runs of subsets, merged per node", async () => {
    await useTestDatabase();
    const later = failTestsLater(OLD.run_results ?? "{}");
    const root = await buildTree({
      "target/manifest.json": OLD.manifest ?? "",
      "target/run_results.json": OLD.run_results ?? "",
      "later/run_results.json": JSON.stringify(later),
    });
    const run = await runIngestCli(
      ["target", "--run-results", "later/run_results.json"],
      { cwd: root },
    );
    expect(run.code).toBe(0);
    const failing = await getPool().query<{ n: number }>(
      "SELECT count(*)::int AS n FROM run_results WHERE status = 'fail'",
    );
    expect(failing.rows[0]?.n).toBe(later.results.length);
    const twoProjects = await runIngestCli(
      ["target", "later", "--run-results", "x.json"],
      { cwd: root },
    );
    expect(twoProjects.code).toBe(2);
  });
});
