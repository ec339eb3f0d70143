import { describe, expect, test } from "vitest";
import { ArtifactError } from "@/lib/artifacts/errors";
import { ProjectIdentityError } from "@/lib/mesh/project-identity";
import { loadFixtureJson } from "@/tests/fixture-files";
import { readFixtureDir } from "@/tests/fixtures";
import { jsonArtifact } from "@/tests/ingest";
import { buildDefaultPolicy } from "@/lib/score/policy-defaults";
import { prepareSnapshot, type SnapshotJob } from "./build-snapshot";
import { inflateAll } from "./inflate-artifacts";
import {
  OFF_THREAD_BYTES,
  prepareSnapshotAside,
  prepareSnapshotOffThread,
} from "./snapshot-job";

const LIMIT = 64 * 1024 * 1024;
const NOW = new Date("2026-06-01T00:00:00Z");
/** A real project whose public models are data products. */
const DIR = "c24-workshops-sales";

/** The fixture's manifest with one node's `tags` not a list. */
function withBadTags() {
  const doc = loadFixtureJson(`${DIR}/manifest.json`) as {
    nodes: Record<string, Record<string, unknown>>;
  };
  const [id, node] = Object.entries(doc.nodes)[0] ?? [];
  if (!id || !node) throw new Error("fixture has no nodes");
  return jsonArtifact("manifest.json", {
    ...doc,
    nodes: { ...doc.nodes, [id]: { ...node, tags: "not-a-list" } },
  });
}

async function jobOf(
  artifacts: Parameters<typeof inflateAll>[0],
  expectedName?: string,
): Promise<SnapshotJob> {
  return {
    inflated: await inflateAll(artifacts, [], LIMIT),
    expectedName,
    policy: buildDefaultPolicy(),
    now: NOW,
  };
}

/** The error the work throws on the calling thread, to compare with the worker's. */
function thrownHere(job: SnapshotJob): unknown {
  try {
    prepareSnapshot(job);
  } catch (error) {
    return error;
  }
  throw new Error("expected the snapshot to be refused");
}

describe("building a snapshot on a worker thread", () => {
  test("gives the snapshot and scores the calling thread builds, from real artifacts", async () => {
    const job = await jobOf(readFixtureDir(DIR), undefined);
    const here = prepareSnapshot(job);
    expect(here.snapshot.nodes.length).toBeGreaterThan(0);
    expect(here.scores.offline.length).toBeGreaterThan(0);
    await expect(prepareSnapshotOffThread(job)).resolves.toEqual(here);
  });

  test("leaves the caller's bytes usable", async () => {
    const job = await jobOf(readFixtureDir(DIR), undefined);
    const before = job.inflated.inputs.manifest?.bytes.byteLength;
    await prepareSnapshotOffThread(job);
    expect(job.inflated.inputs.manifest?.bytes.byteLength).toBe(before);
  });

  test.each([
    [
      "broken JSON",
      {
        manifest: { file: "manifest.json", bytes: Buffer.from('{"nodes": {,') },
      },
    ],
    ["a wrong type in a field the catalog uses", { manifest: withBadTags() }],
    [
      "JSON nested past the depth bound",
      {
        manifest: {
          file: "manifest.json",
          bytes: Buffer.from(
            `{"meta":${"[".repeat(10_000)}${"]".repeat(10_000)}}`,
          ),
        },
      },
    ],
  ])(
    "refuses %s with the ArtifactError the calling thread throws",
    async (_, artifacts) => {
      const job = await jobOf(artifacts);
      const expected = thrownHere(job) as ArtifactError;
      expect(expected).toBeInstanceOf(ArtifactError);
      const refused = await prepareSnapshotOffThread(job).catch(
        (e: unknown) => e,
      );
      expect(refused).toBeInstanceOf(ArtifactError);
      expect(refused).toMatchObject({
        message: expected.message,
        file: expected.file,
        byteOffset: expected.byteOffset,
        isTooLarge: expected.isTooLarge,
      });
    },
  );

  test("refuses a manifest of another project with the same ProjectIdentityError", async () => {
    const job = await jobOf(readFixtureDir(DIR), "not_this_one");
    const expected = thrownHere(job) as Error;
    const refused = await prepareSnapshotOffThread(job).catch(
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(ProjectIdentityError);
    expect((refused as Error).message).toBe(expected.message);
  });

  test("a worker that dies (out of memory) rejects, and this thread goes on", async () => {
    const job = await jobOf(readFixtureDir(DIR), undefined);
    const refused = await prepareSnapshotOffThread(job, { maxHeapMb: 1 }).catch(
      (e: unknown) => e,
    );
    expect(refused).not.toBeInstanceOf(ArtifactError);
    expect(refused).toMatchObject({ code: "ERR_WORKER_OUT_OF_MEMORY" });
    await expect(prepareSnapshotOffThread(job)).resolves.toEqual(
      prepareSnapshot(job),
    );
  });

  test("a manifest large enough for the worker, cut short, is refused as on this thread", async () => {
    const cut = `{"metadata": {"dbt_version": "${"x".repeat(OFF_THREAD_BYTES)}`;
    const job = await jobOf({
      manifest: { file: "manifest.json", bytes: Buffer.from(cut) },
    });
    const expected = thrownHere(job) as ArtifactError;
    const refused = await prepareSnapshotAside(job).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ArtifactError);
    expect((refused as ArtifactError).message).toBe(expected.message);
    expect(expected.message).toMatch(/\(at byte \d{7}\)$/);
  });
});
