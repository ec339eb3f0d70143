import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { closeDb, getPool } from "@/lib/db/client";
import { ingestSampleMesh } from "@/lib/ingest/ingest-sample";
import { useTestDatabase } from "@/tests/db";
import { TEST_LIMIT } from "@/tests/ingest";
import { getMeshMapView } from "./mesh-maturity";

describe("getMeshMapView", () => {
  beforeAll(async () => {
    await useTestDatabase();
    await ingestSampleMesh({ maxArtifactBytes: TEST_LIMIT });
  });
  afterAll(closeDb);

  test("gives each scored project its products' average score and level", async () => {
    const { maturity } = await getMeshMapView();
    const stored = await getPool().query<{
      project: string;
      n: number;
      average: number;
    }>(
      `SELECT p.name AS project, count(*)::int AS n, round(avg(ps.score))::int AS average
       FROM product_scores ps JOIN projects p ON p.id = ps.project_id GROUP BY p.name`,
    );
    expect(stored.rows.length).toBeGreaterThan(0);
    for (const row of stored.rows)
      expect(maturity.get(row.project)).toMatchObject({
        products: row.n,
        averageScore: row.average,
      });
    for (const summary of maturity.values())
      expect([null, "bronze", "silver", "gold"]).toContain(
        summary.level?.id ?? null,
      );
  });

  test("a project that was never ingested has a place on the map but no maturity", async () => {
    const { map, maturity } = await getMeshMapView();
    expect(map.projects.find((p) => p.name === "data_science")).toMatchObject({
      isExternal: true,
    });
    expect(maturity.has("data_science")).toBe(false);
  });
});
