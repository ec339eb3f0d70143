import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { closeDb, getPool } from "@/lib/db/client";
import { IngestRejection, type RawArtifact } from "@/lib/ingest/ingest-project";
import { useTestDatabase } from "@/tests/db";
import { loadFixtureJson } from "@/tests/fixture-files";
import { readFixture, readFixtureDir, REAL_FIXTURES } from "@/tests/fixtures";
import { ingest, jsonArtifact, projectFingerprint } from "@/tests/ingest";

const PROJECT = "upstream";
const DIR = "astronomer-cosmos/cross_project_upstream";
const manifestBytes = fs.readFileSync(
  path.join(REAL_FIXTURES, DIR, "manifest.json"),
);
const bytes = (file: string, content: Uint8Array | string): RawArtifact => ({
  file,
  bytes: Buffer.from(content),
});
const withNodeField = (field: string, value: unknown) => {
  const doc = loadFixtureJson(`${DIR}/manifest.json`) as {
    nodes: Record<string, Record<string, unknown>>;
  };
  const [id, node] = Object.entries(doc.nodes)[0] ?? [];
  if (!id || !node) throw new Error("fixture has no nodes");
  return jsonArtifact("manifest.json", {
    ...doc,
    nodes: { ...doc.nodes, [id]: { ...node, [field]: value } },
  });
};

/** The manifest with a stray comma right after `marker`: a syntax error at a known byte. */
function breakAfter(marker: string): Buffer {
  const at = manifestBytes.indexOf(marker) + marker.length;
  return Buffer.concat([
    manifestBytes.subarray(0, at),
    Buffer.from(","),
    manifestBytes.subarray(at),
  ]);
}

type Case = {
  name: string;
  artifacts: () => Partial<
    Record<
      "manifest" | "catalog" | "run_results" | "sources" | "semantic_manifest",
      RawArtifact
    >
  >;
  message: RegExp;
  limit?: number;
  isTooLarge?: boolean;
};

const CASES: Case[] = [
  {
    name: "an empty file",
    artifacts: () => ({ manifest: bytes("manifest.json", "") }),
    message: /^manifest\.json: is empty$/,
  },
  {
    name: "a truncated file",
    artifacts: () => ({
      manifest: bytes("manifest.json", manifestBytes.subarray(0, 5000)),
    }),
    message:
      /^manifest\.json: is not valid JSON: it ends in the middle of a value \(truncated\?\) \(at byte 5000\)$/,
  },
  {
    name: "a file that is not JSON",
    artifacts: () => ({
      manifest: bytes("manifest.json", "<!doctype html><p>Bad gateway</p>"),
    }),
    message: /^manifest\.json: is not valid JSON: .* \(at byte 0\)$/,
  },
  {
    name: "broken JSON in the middle",
    artifacts: () => ({
      manifest: bytes("manifest.json", breakAfter('"nodes": {')),
    }),
    message: new RegExp(
      `^manifest\\.json: is not valid JSON: .*\\(at byte ${manifestBytes.indexOf('"nodes": {') + 10}\\)$`,
    ),
  },
  {
    name: "a catalog.json passed as the manifest",
    artifacts: () => ({
      manifest: { ...readFixture("tuva/catalog.json"), file: "manifest.json" },
    }),
    message: /^manifest\.json: is a catalog\.json, not a manifest\.json$/,
  },
  {
    name: "a semantic_manifest.json passed as the manifest",
    artifacts: () => ({
      manifest: {
        ...readFixture("c24-workshops-sales/semantic_manifest.json"),
        file: "manifest.json",
      },
    }),
    message:
      /^manifest\.json: is a semantic_manifest\.json, not a manifest\.json$/,
  },
  {
    name: "an unsupported schema version",
    artifacts: () => ({
      manifest: {
        ...readFixture(
          "dbt-artifacts-parser/manifest/v3/jaffle_shop/manifest.json",
        ),
        file: "manifest.json",
      },
    }),
    message:
      /^manifest\.json: uses manifest schema v3 \(dbt before 1\.0\), which is not supported/,
  },
  {
    name: "a wrong type in a field the catalog uses",
    artifacts: () => ({ manifest: withNodeField("tags", "not-a-list") }),
    message:
      /^manifest\.json: has fields of the wrong type: nodes\["[^"]+"\]\.tags: Invalid input: expected array, received string$/,
  },
  {
    name: "invalid UTF-8",
    artifacts: () => ({
      manifest: bytes(
        "manifest.json",
        Buffer.concat([
          manifestBytes.subarray(0, 300),
          Buffer.from([0xc3, 0x28]),
          manifestBytes.subarray(302),
        ]),
      ),
    }),
    message: /^manifest\.json: is not valid UTF-8 \(at byte 300\)$/,
  },
  {
    name: "a file over the size limit",
    artifacts: () => ({ manifest: bytes("manifest.json", manifestBytes) }),
    limit: 100_000,
    isTooLarge: true,
    message: /^manifest\.json: is 546 KiB, over the limit of 98 KiB$/,
  },
  {
    name: "a gzip bomb",
    artifacts: () => ({
      manifest: bytes(
        "manifest.json.gz",
        gzipSync(Buffer.alloc(200 * 1024 * 1024, 0x20)),
      ),
    }),
    limit: 1024 * 1024,
    isTooLarge: true,
    message:
      /^manifest\.json\.gz: decompresses to more than the limit of 1\.0 MiB$/,
  },
  {
    name: "a bad catalog beside a good manifest",
    artifacts: () => ({
      manifest: bytes("manifest.json", manifestBytes),
      catalog: bytes("catalog.json", '{"nodes": '),
    }),
    message: /^catalog\.json: is not valid JSON/,
  },
  {
    name: "a manifest passed as run_results.json",
    artifacts: () => ({
      manifest: bytes("manifest.json", manifestBytes),
      run_results: bytes("run_results.json", manifestBytes),
    }),
    message:
      /^run_results\.json: is a manifest\.json, not a run_results\.json$/,
  },
];

describe("bad input is refused with a clear error and loses nothing", () => {
  let before: unknown;
  beforeAll(async () => {
    await useTestDatabase();
    await ingest(readFixtureDir(DIR));
    before = await projectFingerprint(PROJECT);
  });
  afterAll(closeDb);

  test.each(CASES)(
    "$name",
    async ({ artifacts, message, limit, isTooLarge }) => {
      const rejection = await ingest(artifacts(), undefined, limit).then(
        () => null,
        (error: unknown) => error,
      );
      expect(rejection).toBeInstanceOf(IngestRejection);
      expect((rejection as IngestRejection).message).toMatch(message);
      expect((rejection as IngestRejection).isTooLarge).toBe(
        isTooLarge ?? false,
      );
      expect(await projectFingerprint(PROJECT)).toEqual(before);
      const run = await getPool().query(
        "SELECT status, error FROM ingest_runs ORDER BY id DESC LIMIT 1",
      );
      expect(run.rows[0]).toEqual({
        status: "rejected",
        error: (rejection as Error).message,
      });
    },
  );

  test("a manifest for another project than the one named is refused", async () => {
    await expect(
      ingest({ manifest: bytes("manifest.json", manifestBytes) }, "finance"),
    ).rejects.toThrow('the manifest is for project "upstream", not "finance"');
    expect(await projectFingerprint(PROJECT)).toEqual(before);
  });

  test("gzipped artifacts are accepted whatever their name", async () => {
    const artifacts = readFixtureDir(DIR);
    const report = await ingest({
      ...artifacts,
      manifest: bytes("manifest.json.gz", gzipSync(manifestBytes)),
    });
    // The hash is over the decompressed bytes, so the same content is recognised.
    expect(report.status).toBe("unchanged");
  });
});
