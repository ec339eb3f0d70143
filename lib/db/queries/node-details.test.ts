import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { parseManifest } from "@/lib/artifacts/manifest";
import { closeDb, getPool } from "@/lib/db/client";
import { useTestDatabase } from "@/tests/db";
import { loadFixtureJson } from "@/tests/fixture-files";
import { readFixture } from "@/tests/fixtures";
import { ingest } from "@/tests/ingest";
import { getNode } from "./nodes";
import { listProjectNodes } from "./project-nodes";

// dbt-core's own v12 state manifest: a source with freshness, an exposure,
// metrics of every type, a semantic model, a saved query and unit tests.
const FIXTURE = "dbt-core/defer_state/data/manifest.json";
const PROJECT = "test";

const parsed = parseManifest(FIXTURE, loadFixtureJson(FIXTURE)).nodes;
const WITH_DETAILS = [
  "source.test.my_source.my_table",
  "exposure.test.weekly_jaffle_metrics",
  "metric.test.cumulative_metric",
  "metric.test.derived_metric",
  "semantic_model.test.my_sm",
  "saved_query.test.my_saved_query",
  "unit_test.test.model_to_unit_test.test_model_to_unit_test",
];

async function setStoredVersion(uniqueId: string, version: number) {
  await getPool().query(
    `UPDATE nodes SET details = jsonb_set(details, '{version}', to_jsonb($2::int))
     WHERE unique_id = $1`,
    [uniqueId, version],
  );
}

describe("typed node details, stored at ingest", () => {
  beforeAll(async () => {
    await useTestDatabase();
    await ingest({ manifest: readFixture(FIXTURE) }, PROJECT);
  });
  afterAll(closeDb);

  test.each(WITH_DETAILS)(
    "%s reads back exactly as parsed",
    async (uniqueId) => {
      const node = await getNode(PROJECT, uniqueId);
      const expected = parsed.find((n) => n.uniqueId === uniqueId)?.details;
      expect(expected?.kind).toBe(uniqueId.split(".")[0]);
      expect(node?.details).toEqual(expected);
    },
  );

  test("what the pages show of them", async () => {
    const source = await getNode(PROJECT, "source.test.my_source.my_table");
    expect(source?.details).toMatchObject({
      kind: "source",
      sourceName: "my_source",
      freshness: {
        warnAfter: { count: 1, period: "minute" },
        errorAfter: { count: 2, period: "hour" },
        filter: "column_name = 1",
      },
    });
    const exposure = await getNode(
      PROJECT,
      "exposure.test.weekly_jaffle_metrics",
    );
    expect(exposure?.details).toMatchObject({
      exposureType: "dashboard",
      owner: { name: "Callum McData", email: "data@jaffleshop.com" },
    });
    const metric = await getNode(PROJECT, "metric.test.cumulative_metric");
    expect(metric?.details).toMatchObject({ metricType: "cumulative" });
  });

  test("every stored row carries the shape's version and its node's kind", async () => {
    const { rows } = await getPool().query<{ kind: string; version: string }>(
      `SELECT DISTINCT n.details->>'kind' AS kind, n.details->>'version' AS version
       FROM nodes n JOIN projects p ON p.id = n.project_id
       WHERE p.name = $1 AND n.details->>'kind' IS DISTINCT FROM n.resource_type`,
      [PROJECT],
    );
    expect(rows).toEqual([]);
    const versions = await getPool().query<{ version: string }>(
      "SELECT DISTINCT details->>'version' AS version FROM nodes",
    );
    expect(versions.rows).toEqual([{ version: "1" }]);
  });

  test("the project list reads a source's name from its details in SQL", async () => {
    const page = await listProjectNodes(PROJECT, {
      resourceType: "source",
      page: 1,
      pageSize: 10,
    });
    expect(page.items.map((i) => i.sourceName)).toEqual(["my_source"]);
  });

  test("details of another version read as nothing declared, until the next ingest writes them again", async () => {
    const uniqueId = "exposure.test.weekly_jaffle_metrics";
    await setStoredVersion(uniqueId, 0);
    expect((await getNode(PROJECT, uniqueId))?.details).toEqual({
      version: 1,
      kind: "exposure",
      exposureType: null,
      maturity: null,
      url: null,
      owner: null,
    });
    // What the migration does to stored projects: their next ingest, of the
    // same artifacts, is not "unchanged" and writes the current shape.
    await getPool().query("UPDATE projects SET artifact_hashes = '{}'::jsonb");
    const report = await ingest({ manifest: readFixture(FIXTURE) }, PROJECT);
    expect(report.status).toBe("ingested");
    expect((await getNode(PROJECT, uniqueId))?.details).toMatchObject({
      version: 1,
      owner: { name: "Callum McData" },
    });
  });
});
