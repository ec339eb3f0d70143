import "server-only";
import type { MeshMap } from "@/lib/mesh/lineage/mesh-map";
import type { PolicyLevel } from "@/lib/score/policy-types";
import {
  summarizeProjectMaturity,
  type LevelTally,
  type ProjectMaturity,
} from "@/lib/score/project-maturity";
import { readMeshMap } from "./lineage-projects";
import { inSequence, readSnapshot, type Reader } from "./read";

/**
 * Each project's maturity (see `summarizeProjectMaturity`), from the scores
 * stored at ingest: one grouped read of the scores and one of the policies'
 * levels, whatever the number of projects.
 */
export async function readProjectMaturity(
  db: Reader,
): Promise<Map<string, ProjectMaturity>> {
  const [tallies, policies] = await inSequence(
    () =>
      db.$queryRaw<
        { project: string; level: string | null; n: number; total: number }[]
      >`
        SELECT p.name AS project, ps.level, count(*)::int AS n, sum(ps.score)::int AS total
        FROM product_scores ps JOIN projects p ON p.id = ps.project_id
        GROUP BY p.name, ps.level`,
    () =>
      db.$queryRaw<{ project: string; levels: unknown }[]>`
        SELECT p.name AS project, sp.policy->'levels' AS levels
        FROM score_policies sp JOIN projects p ON p.id = sp.project_id`,
  );
  const levelsOf = new Map(
    policies.map((p) => [
      p.project,
      Array.isArray(p.levels) ? (p.levels as PolicyLevel[]) : [],
    ]),
  );
  const byProject = new Map<string, LevelTally[]>();
  for (const row of tallies)
    byProject.set(row.project, [
      ...(byProject.get(row.project) ?? []),
      { level: row.level, count: row.n, scoreSum: row.total },
    ]);
  const maturity = new Map<string, ProjectMaturity>();
  for (const [project, rows] of byProject) {
    const summary = summarizeProjectMaturity(levelsOf.get(project) ?? [], rows);
    if (summary) maturity.set(project, summary);
  }
  return maturity;
}

export type MeshMapView = {
  map: MeshMap;
  maturity: Map<string, ProjectMaturity>;
};

/** The mesh map and each project's maturity, from one snapshot. */
export function getMeshMapView(): Promise<MeshMapView> {
  return readSnapshot(async (db) => {
    const [map, maturity] = await inSequence(
      () => readMeshMap(db),
      () => readProjectMaturity(db),
    );
    return { map, maturity };
  });
}
