import { afterAll, beforeAll, expect, test } from "vitest";
import { GET } from "@/app/api/v1/governance/route";
import { now } from "@/lib/clock";
import { closeDb } from "@/lib/db/client";
import { ingestSampleMesh } from "@/lib/ingest/ingest-sample";
import { useTestDatabase } from "@/tests/db";
import { TEST_LIMIT } from "@/tests/ingest";

type Body = {
  run: { cause: string } | null;
  violations: { project: string; check: string; severity: string }[];
  totals: { error: number; warn: number; excepted: number };
  trend: unknown[];
  error?: { message: string };
};

const get = async (query = "") => {
  const response = await GET(
    new Request(`http://catalog.test/api/v1/governance${query}`),
  );
  return { status: response.status, body: (await response.json()) as Body };
};

beforeAll(async () => {
  await useTestDatabase();
});
afterAll(closeDb);

test("before any ingest: no run, nothing to show", async () => {
  const { status, body } = await get();
  expect(status).toBe(200);
  expect(body).toMatchObject({ run: null, violations: [], trend: [] });
});

test("after ingests: the latest run for the mesh, and for one project", async () => {
  await ingestSampleMesh({ maxArtifactBytes: TEST_LIMIT, now: now() });
  const mesh = await get();
  expect(mesh.status).toBe(200);
  expect(mesh.body.run?.cause).toBe("ingest");
  expect(mesh.body.trend).toHaveLength(5);
  expect(
    new Set(mesh.body.violations.map((v) => v.project)).size,
  ).toBeGreaterThan(1);
  const finance = await get("?project=finance");
  expect(finance.body.violations.length).toBeGreaterThan(0);
  expect(finance.body.violations.every((v) => v.project === "finance")).toBe(
    true,
  );
  expect(finance.body.totals.error + finance.body.totals.warn).toBe(
    finance.body.violations.length,
  );
});

test.each([
  ["?project=not-a-name", 400, '"not-a-name" is not a dbt project name'],
  ["?project=nowhere", 404, 'No project named "nowhere"'],
])("GET /api/v1/governance%s → %i", async (query, status, message) => {
  const response = await get(query);
  expect(response.status).toBe(status);
  expect(response.body.error?.message).toBe(message);
});
