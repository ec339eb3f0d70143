import { afterAll, beforeEach, describe, expect, test } from "vitest";
import type { ArtifactKind } from "@/lib/artifacts/types";
import { closeDb, getPool } from "@/lib/db/client";
import { generateSampleMesh } from "@/lib/sample";
import { useTestDatabase } from "@/tests/db";
import { jsonArtifact, projectFingerprint, TEST_LIMIT } from "@/tests/ingest";
import {
  ingestProject,
  IngestRejection,
  type IngestRequest,
  type RawArtifact,
} from "./ingest-project";
import { toSampleArtifacts } from "./ingest-sample";

type Json = {
  metadata: Record<string, unknown>;
  nodes: Record<string, { checksum: { checksum: string } }>;
  results: { unique_id: string; status: string }[];
};

const DAY_1 = new Date("2026-11-01T06:00:00Z");
const DAY_2 = new Date("2026-11-02T06:00:00Z");

/** The sample mesh's platform project as built on `day`. */
function platform(day: Date): Partial<Record<ArtifactKind, RawArtifact>> {
  const project = generateSampleMesh({ now: day }).find(
    (p) => p.name === "platform",
  );
  if (!project) throw new Error("the sample mesh has no platform project");
  return toSampleArtifacts(project);
}

function readJson(artifact: RawArtifact | undefined): Json {
  return JSON.parse(Buffer.from(artifact?.bytes ?? []).toString()) as Json;
}

function ingest(
  artifacts: IngestRequest["artifacts"],
  more: Partial<IngestRequest> = {},
) {
  return ingestProject({
    artifacts,
    origin: "cli",
    maxArtifactBytes: TEST_LIMIT,
    ...more,
  });
}

async function storedRows(): Promise<Record<string, number>> {
  const result = await getPool().query<Record<string, number>>(
    `SELECT (SELECT count(*)::int FROM run_results) AS "runResults",
            (SELECT count(*)::int FROM source_freshness) AS freshness,
            (SELECT count(*)::int FROM catalog_entries) AS catalog`,
  );
  return result.rows[0] ?? {};
}

async function storedGeneratedAt(): Promise<string | undefined> {
  const result = await getPool().query<{ generated_at: Date }>(
    "SELECT generated_at FROM projects WHERE name = 'platform'",
  );
  return result.rows[0]?.generated_at.toISOString();
}

async function statusOf(uniqueId: string) {
  const result = await getPool().query<{
    status: string;
    generated_at: Date;
  }>(
    `SELECT r.status, r.generated_at FROM run_results r JOIN nodes n ON n.id = r.node_id WHERE n.unique_id = $1`,
    [uniqueId],
  );
  const row = result.rows[0];
  return row && { status: row.status, from: row.generated_at.toISOString() };
}

const OLD = platform(DAY_1);
const NEW = platform(DAY_2);
const OLD_AT = "2026-11-01T04:25:09.431Z";
const NEW_AT = "2026-11-02T04:25:09.431Z";

describe("ingest never goes backwards", () => {
  beforeEach(useTestDatabase);
  afterAll(closeDb);

  test("a manifest older than the stored one is refused, recorded, and changes nothing", async () => {
    await ingest(NEW);
    const before = await projectFingerprint("platform");
    const refusal = await ingest({ manifest: OLD.manifest }).catch(
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(IngestRejection);
    expect((refusal as IngestRejection).staleManifest).toEqual({
      storedGeneratedAt: NEW_AT,
      incomingGeneratedAt: OLD_AT,
    });
    expect((refusal as Error).message).toContain(OLD_AT);
    expect((refusal as Error).message).toContain(NEW_AT);
    expect(await projectFingerprint("platform")).toEqual(before);
    const runs = await getPool().query(
      "SELECT project_name, status FROM ingest_runs ORDER BY id DESC LIMIT 1",
    );
    expect(runs.rows[0]).toEqual({
      project_name: "platform",
      status: "rejected",
    });
  });

  test("forced, the older manifest is ingested", async () => {
    await ingest(NEW);
    const report = await ingest({ manifest: OLD.manifest }, { force: true });
    expect(report.status).toBe("ingested");
    expect(await storedGeneratedAt()).toBe(OLD_AT);
  });

  test("the same generated_at with other content is a re-run, ingested", async () => {
    await ingest(NEW);
    const manifest = readJson(NEW.manifest);
    const edited = { ...manifest, metadata: { ...manifest.metadata, x: 1 } };
    const report = await ingest({
      manifest: jsonArtifact("manifest.json", edited),
    });
    expect(report.status).toBe("ingested");
  });

  test("of two racing uploads, the older never replaces the newer", async () => {
    const results = await Promise.allSettled([ingest(NEW), ingest(OLD)]);
    expect(results[0].status).toBe("fulfilled");
    expect(await storedGeneratedAt()).toBe(NEW_AT);
  });
});

describe("ingest never drops what it knew", () => {
  beforeEach(useTestDatabase);
  afterAll(closeDb);

  test("a manifest alone keeps the run, freshness and catalog results, marked with their run", async () => {
    await ingest(OLD);
    const before = await storedRows();
    expect(before.runResults).toBeGreaterThan(0);
    const report = await ingest({ manifest: NEW.manifest });
    expect(report.carriedOver).toEqual(before);
    expect(await storedRows()).toEqual(before);
    expect(await statusOf("model.platform.stg_app_db__orders")).toEqual({
      status: "success",
      from: "2026-11-01T04:26:07.861Z",
    });
  });

  test("a node whose code changed loses its carried-over result", async () => {
    await ingest(OLD);
    const before = await storedRows();
    const manifest = readJson(NEW.manifest);
    const id = "model.platform.stg_app_db__orders";
    const node = manifest.nodes[id];
    manifest.nodes[id] = { ...node!, checksum: { checksum: "changed" } };
    const report = await ingest({
      manifest: jsonArtifact("manifest.json", manifest),
    });
    expect(report.carriedOver.runResults).toBe((before.runResults ?? 0) - 1);
    expect(await statusOf(id)).toBeUndefined();
  });

  test("several run_results are merged per node, the latest run winning", async () => {
    const build = readJson(OLD.run_results);
    const tests = build.results.filter((r) => r.unique_id.startsWith("test."));
    const later = {
      ...build,
      metadata: { ...build.metadata, generated_at: "2026-11-01T05:00:00Z" },
      results: tests.map((r) => ({ ...r, status: "fail" })),
    };
    const [test1] = tests;
    const report = await ingest(
      { manifest: OLD.manifest },
      {
        // The later run given first: generated_at decides, not the order.
        moreRunResults: [
          jsonArtifact("later/run_results.json", later),
          jsonArtifact("build/run_results.json", build),
        ],
      },
    );
    expect(report.status).toBe("ingested");
    expect(await statusOf(test1?.unique_id ?? "")).toEqual({
      status: "fail",
      from: "2026-11-01T05:00:00.000Z",
    });
    expect(await statusOf("model.platform.stg_app_db__orders")).toEqual({
      status: "success",
      from: "2026-11-01T04:26:07.861Z",
    });
    expect((await storedRows()).runResults).toBe(build.results.length);
  });
});
