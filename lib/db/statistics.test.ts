import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { closeDb, getPool } from "@/lib/db/client";
import { ingestProject } from "@/lib/ingest/ingest-project";
import {
  ingestSampleMesh,
  toSampleArtifacts,
} from "@/lib/ingest/ingest-sample";
import { generateSyntheticMesh } from "@/lib/sample";
import { useTestDatabase } from "@/tests/db";
import { refreshStaleStatistics } from "./statistics";

/** When each ingested table was last analyzed, by hand or by an ingest. */
async function lastAnalyzed(): Promise<Map<string, number>> {
  const { rows } = await getPool().query<{
    relname: string;
    analyzed: Date | null;
  }>(
    `SELECT relname, last_analyze AS analyzed FROM pg_stat_user_tables
     WHERE relname IN ('nodes', 'columns', 'tests', 'edges')`,
  );
  return new Map(rows.map((r) => [r.relname, r.analyzed?.getTime() ?? 0]));
}

describe("planner statistics after an ingest", () => {
  beforeAll(useTestDatabase);
  afterAll(closeDb);

  test("a small ingest leaves them to autovacuum", async () => {
    await ingestSampleMesh({ maxArtifactBytes: 1e9 });
    expect(await refreshStaleStatistics()).toEqual([]);
  });

  test("a large ingest analyzes the tables it grew, once", async () => {
    const [project] = [
      ...generateSyntheticMesh({ projects: 1, modelsPerProject: 600 }),
    ];
    if (!project) throw new Error("no project generated");
    const before = await lastAnalyzed();
    await ingestProject({
      artifacts: toSampleArtifacts(project),
      origin: "cli",
      maxArtifactBytes: 1e9,
    });
    const after = await lastAnalyzed();
    for (const table of ["nodes", "columns", "edges"])
      expect(after.get(table) ?? 0).toBeGreaterThan(before.get(table) ?? 0);
    // Fresh statistics: nothing left to do.
    expect(await refreshStaleStatistics()).toEqual([]);
  });
});
