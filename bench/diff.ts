import fs from "node:fs/promises";
import path from "node:path";
import { runChild } from "./child";
import { generateMesh } from "./generate";
import { median } from "./machine";

type DiffRun = {
  wallMs: number;
  cpuMs: number;
  exitCode: number;
  counts: Record<string, number>;
  maxRssMb: number;
};

const BIG = { projects: 1, models: 8000 };
const RUNS = 3;

/**
 * `npm run diff` on two ~100 MB manifests of one project: two unrelated
 * builds (every node differs: the worst case), and a pull request that drops
 * one column of one public model (the usual case). Each run is a fresh
 * process; the whole command (Node and tsx starting, reading, parsing, both
 * snapshots, the diff, the JSON output) is timed from outside, and the work
 * inside from within.
 */
export async function benchDiff(workDir: string): Promise<string> {
  const big = path.join(workDir, "big");
  const bigV2 = path.join(workDir, "big-v2");
  await generateMesh(big, { ...BIG, seed: 1 });
  await generateMesh(bigV2, { ...BIG, seed: 2 });
  const project = (await fs.readdir(big))[0] ?? "";
  const oldManifest = path.join(big, project, "target", "manifest.json");
  const otherBuild = path.join(bigV2, project, "target", "manifest.json");
  const pullRequest = await writeOneColumnDropped(oldManifest, workDir);
  const sizes = await Promise.all(
    [oldManifest, otherBuild, pullRequest].map(
      async (f) => (await fs.stat(f)).size,
    ),
  );
  const rows: string[][] = [];
  for (const [label, newManifest, size] of [
    ["Another build of the project (every node differs)", otherBuild, sizes[1]],
    [
      "A pull request: one column of a public model dropped",
      pullRequest,
      sizes[2],
    ],
  ] as const) {
    const runs: { outsideMs: number; inside: DiffRun }[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      const inside = await runChild<DiffRun>("bench/diff-once.ts", [
        oldManifest,
        newManifest,
      ]);
      runs.push({ outsideMs: performance.now() - started, inside });
    }
    const last = runs.at(-1)?.inside;
    rows.push([
      `${label}: ${mb(sizes[0] ?? 0)} → ${mb(size ?? 0)}`,
      fmt(median(runs.map((r) => r.outsideMs))),
      fmt(median(runs.map((r) => r.inside.wallMs))),
      fmt(median(runs.map((r) => r.inside.cpuMs))),
      `${Math.max(...runs.map((r) => r.inside.maxRssMb)).toFixed(0)} MB`,
      last
        ? `${last.counts.breaking ?? 0} breaking, ${last.counts.added ?? 0} added, ${last.counts.removed ?? 0} removed, ${last.counts.changed ?? 0} changed (exit ${last.exitCode})`
        : "",
    ]);
  }
  return [
    `Two manifests of one synthetic project (${BIG.models.toLocaleString("en")} models), median of ${RUNS} fresh processes. Target: ≤ 5 s for the whole command. CPU time is what the work costs whatever else runs on the machine; wall time depends on the load average above.`,
    "",
    "| Diff | Whole command | Inside (read, parse, compare, print) | CPU time inside (both threads) | Peak RSS | Found |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows.map((r) => `| ${r.join(" | ")} |`),
  ].join("\n");
}

type Artifact = { nodes: Record<string, { columns: Record<string, unknown> }> };

/**
 * The project after a pull request dropped the first public model's first
 * column: its manifest, and its catalog.json as `dbt docs generate` writes it
 * once the table is rebuilt without the column.
 */
async function writeOneColumnDropped(
  manifest: string,
  workDir: string,
): Promise<string> {
  const json = JSON.parse(await fs.readFile(manifest, "utf8")) as Artifact & {
    nodes: Record<string, { access?: string; resource_type: string }>;
  };
  const [id, target] =
    Object.entries(json.nodes).find(
      ([, n]) =>
        n.resource_type === "model" &&
        n.access === "public" &&
        Object.keys(n.columns).length > 0,
    ) ?? [];
  const column = target ? Object.keys(target.columns)[0] : undefined;
  if (!id || !target || column === undefined)
    throw new Error("no public model with columns to edit");
  delete target.columns[column];
  const catalogFile = path.join(path.dirname(manifest), "catalog.json");
  const catalog = JSON.parse(
    await fs.readFile(catalogFile, "utf8"),
  ) as Artifact;
  const entry = catalog.nodes[id];
  for (const name of Object.keys(entry?.columns ?? {}))
    if (entry && name.toLowerCase() === column.toLowerCase())
      delete entry.columns[name];
  const dir = path.join(workDir, "pull-request");
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(path.join(dir, "catalog.json"), JSON.stringify(catalog));
  await fs.writeFile(path.join(dir, "manifest.json"), JSON.stringify(json));
  return path.join(dir, "manifest.json");
}

function fmt(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}
