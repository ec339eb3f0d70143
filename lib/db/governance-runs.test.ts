import { beforeAll, expect, test } from "vitest";
import { now } from "@/lib/clock";
import { getPool } from "@/lib/db/client";
import { getGovernance } from "@/lib/db/queries/governance";
import { CHECK_KINDS } from "@/lib/governance/checks";
import { ingestSampleMesh } from "@/lib/ingest/ingest-sample";
import { useTestDatabase } from "@/tests/db";
import { TEST_LIMIT } from "@/tests/ingest";

beforeAll(async () => {
  await useTestDatabase();
  await ingestSampleMesh({ maxArtifactBytes: TEST_LIMIT, now: now() });
});

test("every ingest runs the checks and keeps the run: the trend has one point per ingest", async () => {
  const view = await getGovernance();
  expect(view?.trend.map((p) => [p.cause, p.project])).toEqual([
    ["ingest", "platform"],
    ["ingest", "finance"],
    ["ingest", "marketing"],
    ["ingest", "crm"],
    ["ingest", "sales"],
  ]);
  expect(view?.run.project).toBe("sales");
});

test("the latest run lists violations with their owners, errors first", async () => {
  const view = await getGovernance();
  const violations = view?.violations ?? [];
  expect(violations.length).toBeGreaterThan(0);
  const firstWarn = violations.findIndex((v) => v.severity === "warn");
  expect(violations.slice(firstWarn).every((v) => v.severity === "warn")).toBe(
    true,
  );
  const unpinned = violations.find(
    (v) =>
      v.check === "unpinned-versioned-ref" &&
      v.uniqueId === "model.finance.fct_invoices",
  );
  expect(unpinned).toMatchObject({
    project: "finance",
    severity: "warn",
    message:
      "refs platform.dim_customers without a version: it follows the latest (now v2)",
    owners: ["Finance Analytics", "finance-analytics@larkspur.example"],
  });
  expect(view?.totals.error).toBe(
    violations.filter((v) => v.severity === "error").length,
  );
});

test("the sample mesh offends every built-in check at least once", async () => {
  const view = await getGovernance();
  const fired = new Set(view?.violations.map((v) => v.check));
  expect(
    [...CHECK_KINDS.map((k) => k.id)].filter((id) => !fired.has(id)),
  ).toEqual([]);
});

test("one project's view holds its violations and counts only", async () => {
  const mesh = await getGovernance();
  const finance = await getGovernance("finance");
  expect(finance?.violations.length).toBeGreaterThan(0);
  expect(finance?.violations.every((v) => v.project === "finance")).toBe(true);
  expect(finance?.violations).toEqual(
    mesh?.violations.filter((v) => v.project === "finance"),
  );
  expect((finance?.totals.error ?? 0) + (finance?.totals.warn ?? 0)).toBe(
    finance?.violations.length,
  );
});

test("a check run that fails never fails the ingest", async () => {
  const pool = getPool();
  await pool.query(
    "ALTER TABLE governance_runs RENAME TO governance_runs_away",
  );
  try {
    const later = new Date(now().getTime() + 3_600_000);
    const reports = await ingestSampleMesh({
      maxArtifactBytes: TEST_LIMIT,
      now: later,
    });
    expect(reports.map((r) => r.status)).toEqual(Array(5).fill("ingested"));
  } finally {
    await pool.query(
      "ALTER TABLE governance_runs_away RENAME TO governance_runs",
    );
  }
  expect((await getGovernance())?.trend).toHaveLength(5);
});
