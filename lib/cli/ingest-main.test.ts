import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, test } from "vitest";
import { closeDb, getPool } from "@/lib/db/client";
import { runIngestCli } from "@/tests/cli";
import { useTestDatabase } from "@/tests/db";
import { loadFixtureJson } from "@/tests/fixture-files";
import { storedCounts } from "@/tests/ingest";
import {
  buildTree,
  DOWNSTREAM_DIR,
  removeTrees,
  UPSTREAM_DIR,
} from "@/tests/temp-tree";

const UPSTREAM = { fixture: `${UPSTREAM_DIR}/manifest.json` };
const DOWNSTREAM = { fixture: `${DOWNSTREAM_DIR}/manifest.json` };

type Manifest = { metadata: Record<string, unknown> };

/** The upstream manifest as dbt before 1.6 wrote it: nothing in it names the project. */
function unnamedManifest(): string {
  const manifest = loadFixtureJson(`${UPSTREAM_DIR}/manifest.json`) as Manifest;
  const {
    project_name: _name,
    project_id: _id,
    ...metadata
  } = manifest.metadata;
  return JSON.stringify({ ...manifest, metadata });
}

async function storedProjects(): Promise<string[]> {
  const result = await getPool().query<{ name: string }>(
    "SELECT name FROM projects ORDER BY name",
  );
  return result.rows.map((r) => r.name);
}

afterEach(async () => {
  await closeDb();
  await removeTrees();
});

describe("npm run ingest: usage", () => {
  test("--help prints the usage and exits 0", async () => {
    const run = await runIngestCli(["--help"], { cwd: "/" });
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toContain("Usage: npm run ingest -- <path>...");
    expect(run.stdout).toContain("--loom FILE");
  });

  test.each([
    {
      argv: [],
      message:
        "error: give at least one path to dbt artifacts, or --loom with a dbt-loom config",
    },
    {
      argv: ["--frobnicate", "x"],
      message: "error: Unknown option '--frobnicate'",
    },
    {
      argv: ["--project"],
      message: "error: Option '--project <value>' argument missing",
    },
    {
      argv: ["no/such/dir"],
      message: "error: no/such/dir: no such file or directory",
    },
  ])("$argv exits 2 with a message", async ({ argv, message }) => {
    const run = await runIngestCli(argv, { cwd: "/" });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.slice(0, message.length)).toBe(message);
  });

  test("--project with more than one project exits 2 and ingests nothing", async () => {
    await useTestDatabase();
    const root = await buildTree({
      "a/manifest.json": UPSTREAM,
      "b/manifest.json": DOWNSTREAM,
    });
    const run = await runIngestCli([".", "--project", "shop"], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "--project names one project, but 2 were found (a, b)",
    );
    expect(await storedProjects()).toEqual([]);
  });
});

describe("npm run ingest: paths", () => {
  test("a folder of projects: each is ingested and summarized, then a total", async () => {
    await useTestDatabase();
    const root = await buildTree({
      "mesh/upstream/target/manifest.json": UPSTREAM,
      "mesh/downstream/target/manifest.json.gz": {
        ...DOWNSTREAM,
        isGzipped: true,
      },
    });
    const run = await runIngestCli(["mesh"], { cwd: root });
    expect(run.code).toBe(0);
    expect(await storedProjects()).toEqual(["downstream", "upstream"]);
    expect(run.stdout).toMatch(
      /^downstream: ingested in .+\n {2}from: {3}mesh\/downstream\/target\n {2}nodes: {2}8 \(4 models, 4 tests\)\n {2}edges: {2}12\n {2}cross-project refs: 0 resolved, 6 unresolved\n {2}warning: 4 models have no compiled SQL .+: model\.downstream\.dim_payment_methods, .+\n\n/,
    );
    expect(run.stdout).toContain("upstream: ingested in");
    expect(run.stdout).toContain(
      "  nodes:  25 (6 models, 4 seeds, 15 tests)\n",
    );
    expect(run.stdout).toContain(
      "0 resolved, 0 unresolved; 6 refs from other projects resolve to it\n",
    );
    expect(run.stdout).toMatch(
      /\nTotal: 2 projects \(2 ingested, 0 unchanged, 0 rejected\); 33 nodes, 35 edges; cross-project refs now 6 resolved, 0 unresolved; .+\n$/,
    );
  });

  test("the same artifacts again are reported unchanged", async () => {
    await useTestDatabase();
    const root = await buildTree({ "shop/target/manifest.json": UPSTREAM });
    await runIngestCli(["shop"], { cwd: root });
    const again = await runIngestCli(["shop"], { cwd: root });
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(
      /^upstream: unchanged \(same artifacts as stored\) in /,
    );
    expect(again.stdout).toContain("(0 ingested, 1 unchanged, 0 rejected)");
  });

  test("a rejected project exits 1 after the others were ingested", async () => {
    await useTestDatabase();
    const root = await buildTree({
      "mesh/a-broken/target/manifest.json": '{"metadata": {',
      "mesh/b-good/target/manifest.json": UPSTREAM,
    });
    const run = await runIngestCli(["mesh"], { cwd: root });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      "mesh/a-broken/target: REJECTED, nothing was written\n  from:   mesh/a-broken/target\n  error:  mesh/a-broken/target/manifest.json: is not valid JSON: it ends in the middle of a value (truncated?)",
    );
    expect(run.stdout).toContain("(1 ingested, 0 unchanged, 1 rejected)");
    expect(await storedProjects()).toEqual(["upstream"]);
  });

  test("--project names a manifest that does not name itself", async () => {
    await useTestDatabase();
    const root = await buildTree({ "legacy/manifest.json": unnamedManifest() });
    const without = await runIngestCli(["legacy"], { cwd: root });
    expect(without.code).toBe(1);
    expect(without.stdout).toContain("give the project name");
    const named = await runIngestCli(["legacy", "--project", "legacy_shop"], {
      cwd: root,
    });
    expect(named.code).toBe(0);
    expect(named.stdout).toMatch(/^legacy_shop: ingested/);
    expect(await storedCounts("legacy_shop")).toEqual({
      model: 6,
      seed: 4,
      test: 15,
    });
  });

  test("--project that contradicts the manifest is a rejection", async () => {
    await useTestDatabase();
    const root = await buildTree({ "shop/manifest.json": UPSTREAM });
    const run = await runIngestCli(["shop", "--project", "finance"], {
      cwd: root,
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'error:  the manifest is for project "upstream", not "finance"',
    );
  });

  test("--json prints the outcomes and totals as one JSON document", async () => {
    await useTestDatabase();
    const root = await buildTree({ "shop/manifest.json": UPSTREAM });
    const run = await runIngestCli(["shop", "--json"], { cwd: root });
    expect(run.code).toBe(0);
    const parsed = JSON.parse(run.stdout) as {
      projects: {
        status: string;
        source: string;
        report: { project: string; nodes: number };
      }[];
      totals: { ingested: number };
    };
    expect(parsed.projects).toMatchObject([
      {
        status: "ingested",
        source: "shop",
        report: { project: "upstream", nodes: 25 },
      },
    ]);
    expect(parsed.totals.ingested).toBe(1);
  });

  test.each([
    {
      file: "manifest.json",
      expected: [
        "big/target: reading big/target/manifest.json (21 MiB)…",
        "big/target: decompressing and hashing…",
        "big/target: parsing…",
        "big/target: writing 25 nodes, 23 edges…",
      ],
    },
    {
      // Small on disk, large once inflated: the gzip trailer tells.
      file: "manifest.json.gz",
      expected: [
        "big/target: decompressing and hashing…",
        "big/target: parsing…",
        "big/target: writing 25 nodes, 23 edges…",
      ],
    },
  ])(
    "a large $file shows its progress on stderr, one plain line per stage",
    async ({ file, expected }) => {
      await useTestDatabase();
      const manifest = loadFixtureJson(
        `${UPSTREAM_DIR}/manifest.json`,
      ) as Record<string, unknown>;
      // dbt tolerates, and the catalog ignores, fields it does not know: padding makes a large file.
      const padded = JSON.stringify({
        ...manifest,
        padding: " ".repeat(21 * 1024 * 1024),
      });
      const bytes = file.endsWith(".gz") ? gzipSync(padded) : padded;
      const root = await buildTree({ [`big/target/${file}`]: bytes });
      const run = await runIngestCli(["big"], { cwd: root });
      expect(run.code).toBe(0);
      const lines = run.stderr.trimEnd().split("\n");
      expect(
        lines.map((l) => l.replace(/ \([\d.]+ (ms|s) elapsed\)$/, "")),
      ).toEqual(expected);
      expect(run.stderr).not.toMatch(/\r|\x1b/);
    },
  );
});
