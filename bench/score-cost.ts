/**
 * What scoring costs on a 20k-node project (the ingest benchmark's size):
 * the part before the ingest transaction (index, facts, every rule but "in
 * use") and the part inside it (refs read, "in use", COPY of scores and
 * history, producers judged again), against the snapshot write it rides
 * along with. Runs on a throwaway
 * embedded cluster. Usage: npx tsx --conditions=react-server bench/score-cost.ts [runs]
 */
import os from "node:os";
import { parseArtifactSet, type ArtifactInputs } from "@/lib/artifacts/parse";
import { closeDb } from "@/lib/db/client";
import { startThrowawayCluster } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { writeProductScores } from "@/lib/db/write-scores";
import { writeSnapshot } from "@/lib/db/write-snapshot";
import { buildSnapshot } from "@/lib/mesh/snapshot";
import { generateSyntheticMesh, toDbtJson } from "@/lib/sample";
import { buildDefaultPolicy } from "@/lib/score/policy-defaults";
import { prepareProjectScores } from "@/lib/score/score-project";

const RUNS = Number(process.argv[2] ?? 5);
const FILES = {
  manifest: "manifest",
  catalog: "catalog",
  run_results: "runResults",
  sources: "sources",
  semantic_manifest: "semanticManifest",
} as const;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const [project] = generateSyntheticMesh({
  projects: 1,
  modelsPerProject: 8000,
});
if (!project) throw new Error("the synthetic mesh is empty");
const inputs: ArtifactInputs = {};
for (const [kind, key] of Object.entries(FILES) as [
  keyof typeof FILES,
  (typeof FILES)[keyof typeof FILES],
][]) {
  const content = project.files[key];
  if (content)
    inputs[kind] = {
      file: `${kind}.json`,
      bytes: Buffer.from(toDbtJson(content)),
    };
}
const snapshot = buildSnapshot(project.name, parseArtifactSet(inputs));
const policy = buildDefaultPolicy();

const cluster = await startThrowawayCluster();
try {
  await migrate(cluster.url);
  process.env.DATABASE_URL = cluster.url;
  const timings = {
    prepare: [] as number[],
    prepareCpu: [] as number[],
    snapshotWrite: [] as number[],
    inTransaction: [] as number[],
  };
  let products = 0;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const prepared = prepareProjectScores(snapshot, policy, {
      now: new Date(),
    });
    const used = process.cpuUsage(cpu);
    timings.prepare.push(performance.now() - started);
    timings.prepareCpu.push((used.user + used.system) / 1000);
    let scoredAt = 0;
    const writeStarted = performance.now();
    await writeSnapshot(
      snapshot,
      { manifest: `run-${run}` },
      async (client, result) => {
        if (result.status !== "ingested") throw new Error("expected a write");
        const scoring = performance.now();
        const written = await writeProductScores(client, {
          projectId: result.projectId,
          projectName: snapshot.project.name,
          prepared,
          policyHash: "bench",
          now: new Date(),
        });
        products = written.products;
        scoredAt = performance.now() - scoring;
      },
      { productIds: prepared.productIds },
    );
    timings.inTransaction.push(scoredAt);
    timings.snapshotWrite.push(performance.now() - writeStarted - scoredAt);
  }
  const ms = (values: number[]) => `${Math.round(median(values))} ms`;
  const rules = policy.rules.filter((r) => r.isEnabled).length;
  console.log(
    `${snapshot.nodes.length} nodes, ${snapshot.edges.length} edges, ${products} data products, ${rules} rules; median of ${RUNS} runs`,
  );
  console.log(
    `before the transaction (index, facts, every rule but in use): ${ms(timings.prepareCpu)} CPU, ${ms(timings.prepare)} wall`,
  );
  console.log(
    `inside the transaction (refs, in use, COPY of scores and history, policy, producers): ${ms(timings.inTransaction)} wall`,
  );
  console.log(
    `the snapshot write it rides along with (delete, COPY, edges): ${ms(timings.snapshotWrite)} wall`,
  );
  console.log(
    `load average: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(", ")}`,
  );
} finally {
  await closeDb();
  await cluster.stop();
}
