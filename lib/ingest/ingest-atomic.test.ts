import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { parseArtifactSet } from "@/lib/artifacts/parse";
import { closeDb, getPool } from "@/lib/db/client";
import { writeSnapshot } from "@/lib/db/write-snapshot";
import { buildSnapshot } from "@/lib/mesh/snapshot";
import { useTestDatabase } from "@/tests/db";
import { loadFixtureJson } from "@/tests/fixture-files";
import { readFixtureDir } from "@/tests/fixtures";
import {
  countDanglingRows,
  crossProjectEdges,
  ingest,
  jsonArtifact,
  NO_DANGLING_ROWS,
  projectFingerprint,
  storedCounts,
} from "@/tests/ingest";

type Manifest = {
  nodes: Record<string, { resource_type: string; description?: string }>;
};

/** The Tuva manifest with only its first `keep` nodes: same project, a different snapshot. */
function tuvaWith(keep: number) {
  const manifest = loadFixtureJson("tuva/manifest.json") as Manifest;
  const nodes = Object.fromEntries(
    Object.entries(manifest.nodes).slice(0, keep),
  );
  return { manifest: jsonArtifact("manifest.json", { ...manifest, nodes }) };
}

describe("re-ingesting a project", () => {
  beforeAll(useTestDatabase);
  afterAll(closeDb);

  test("identical artifacts are reported unchanged and write nothing", async () => {
    const first = await ingest(readFixtureDir("tuva"));
    const before = await projectFingerprint(first.project);
    const again = await ingest(readFixtureDir("tuva"));
    expect(again.status).toBe("unchanged");
    expect(await projectFingerprint(first.project)).toEqual(before);
    const runs = await getPool().query(
      "SELECT status FROM ingest_runs WHERE project_name = $1 ORDER BY id",
      [first.project],
    );
    expect(runs.rows.map((r: { status: string }) => r.status)).toEqual([
      "ingested",
      "unchanged",
    ]);
  });

  test("a failure inside the write transaction leaves the previous snapshot exactly as it was", async () => {
    const project = "input_layer";
    const before = await projectFingerprint(project);
    const smaller = buildSnapshot(
      project,
      parseArtifactSet({
        manifest: { file: "m", bytes: tuvaWith(50).manifest.bytes },
      }),
    );
    await expect(
      writeSnapshot(smaller, { manifest: "different" }, () =>
        Promise.reject(new Error("the disk is full")),
      ),
    ).rejects.toThrow("the disk is full");
    expect(await projectFingerprint(project)).toEqual(before);
  });

  test("a reader sees the old snapshot or the new one, never a mix", async () => {
    const project = "input_layer";
    await ingest(tuvaWith(400));
    const sizes = new Set<number>();
    let writing = true;
    const reader = (async () => {
      while (writing) {
        const result = await getPool().query<{ n: number }>(
          "SELECT count(*)::int AS n FROM nodes n JOIN projects p ON p.id = n.project_id WHERE p.name = $1",
          [project],
        );
        sizes.add(result.rows[0]?.n ?? -1);
      }
    })();
    for (const keep of [100, 400, 100, 400]) await ingest(tuvaWith(keep));
    writing = false;
    await reader;
    expect([...sizes].every((n) => n === 100 || n === 400)).toBe(true);
    expect(await countDanglingRows()).toEqual(NO_DANGLING_ROWS);
  });
});

describe("concurrent ingests", () => {
  beforeAll(useTestDatabase);
  afterAll(closeDb);

  test("two ingests of the same project are serialized and the result is one of them, whole", async () => {
    const reports = await Promise.all([
      ingest(tuvaWith(120)),
      ingest(tuvaWith(300)),
    ]);
    expect(reports.map((r) => r.status)).toEqual(["ingested", "ingested"]);
    const counts = await storedCounts("input_layer");
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    expect([120, 300]).toContain(total);
    const fingerprint = (await projectFingerprint("input_layer")) as {
      counts: Record<string, number>;
    };
    expect(fingerprint.counts).toEqual(counts);
  });

  test("projects that reference each other ingest concurrently, repeatedly, and end fully resolved", async () => {
    const upstream = readFixtureDir("astronomer-cosmos/cross_project_upstream");
    const downstream = readFixtureDir(
      "astronomer-cosmos/cross_project_downstream",
    );
    const upstreamDoc = loadFixtureJson(
      "astronomer-cosmos/cross_project_upstream/manifest.json",
    ) as Manifest;
    const variant = (round: number) => {
      const nodes = Object.fromEntries(
        Object.entries(upstreamDoc.nodes).map(([id, node]) => [
          id,
          { ...node, description: `round ${round}` },
        ]),
      );
      return {
        manifest: jsonArtifact("manifest.json", { ...upstreamDoc, nodes }),
      };
    };
    for (let round = 0; round < 4; round++) {
      await Promise.all([
        ingest(round % 2 ? upstream : variant(round)),
        ingest(downstream),
        ingest(tuvaWith(60 + round)),
      ]);
    }
    const edges = await crossProjectEdges("downstream");
    expect(edges).toHaveLength(6);
    expect(edges.every((e) => e.resolvedProject === "upstream")).toBe(true);
    expect(await countDanglingRows()).toEqual(NO_DANGLING_ROWS);
  });
});
