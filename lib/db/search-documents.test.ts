import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { closeDb, getPool } from "@/lib/db/client";
import { searchNodes } from "@/lib/db/queries/search";
import { ingestProject } from "@/lib/ingest/ingest-project";
import { toSampleArtifacts } from "@/lib/ingest/ingest-sample";
import { generateSyntheticMesh, type SampleProject } from "@/lib/sample";
import { parseSearchQuery } from "@/lib/search/query";
import { useTestDatabase } from "@/tests/db";
import { PREPARE_ASIDE_FROM_NODES } from "./search-documents";

describe("search documents of a large project", () => {
  let project: SampleProject;
  beforeAll(async () => {
    await useTestDatabase();
    const [generated] = [
      ...generateSyntheticMesh({
        projects: 1,
        modelsPerProject: 900,
        bytesPerNode: 3_500,
      }),
    ];
    if (!generated) throw new Error("no project generated");
    project = generated;
  });
  afterAll(closeDb);

  test("are computed beside the ingest transaction, searchable, and leave no scratch table", async () => {
    const report = await ingestProject({
      artifacts: toSampleArtifacts(project),
      origin: "cli",
      maxArtifactBytes: 1e9,
    });
    expect(report.nodes).toBeGreaterThanOrEqual(PREPARE_ASIDE_FROM_NODES);
    const documents = await getPool().query<{ n: number }>(
      "SELECT count(*)::int AS n FROM search_documents",
    );
    expect(documents.rows[0]?.n).toBe(report.nodes);
    const model = await getPool().query<{ name: string }>(
      "SELECT name FROM nodes WHERE resource_type = 'model' ORDER BY unique_id LIMIT 1",
    );
    const name = model.rows[0]?.name ?? "";
    const parsed = parseSearchQuery(name);
    const found = await searchNodes({
      text: parsed.text,
      words: parsed.words,
      filters: parsed.filters,
      limit: 5,
      offset: 0,
    });
    expect(found.hits[0]?.name).toBe(name);
    const scratch = await getPool().query(
      "SELECT tablename FROM pg_tables WHERE tablename LIKE 'search_prep_%'",
    );
    expect(scratch.rows).toEqual([]);
  });
});
