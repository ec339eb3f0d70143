import { afterAll, beforeAll, expect, test } from "vitest";
import { now } from "@/lib/clock";
import { closeDb } from "@/lib/db/client";
import { listChanges } from "@/lib/db/queries/changes";
import { useTestDatabase } from "@/tests/db";
import { TEST_LIMIT } from "@/tests/ingest";
import {
  ingestSampleHistory,
  ingestSampleMesh,
  SAMPLE_HISTORY,
} from "./ingest-sample";

beforeAll(async () => {
  await useTestDatabase();
  await ingestSampleHistory({ now: now(), maxArtifactBytes: TEST_LIMIT });
  await ingestSampleMesh({ now: now(), maxArtifactBytes: TEST_LIMIT });
});
afterAll(closeDb);

test("the demo's history: today's build dropped a column of a public model, hitting finance, marketing and its own exposures", async () => {
  const page = await listChanges({
    isBreaking: true,
    limit: 50,
    offset: 0,
  });
  expect(page.changes.map((c) => c.summary)).toEqual([
    `column ${SAMPLE_HISTORY.column} removed from fct_orders`,
  ]);
  const [change] = page.changes;
  expect(change?.project).toBe(SAMPLE_HISTORY.project);
  expect([...new Set(change?.consumers.map((c) => c.project))].sort()).toEqual([
    "finance",
    "marketing",
    "platform",
  ]);
});
