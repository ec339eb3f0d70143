import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startThrowawayCluster, type EmbeddedCluster } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { runChild } from "./child";
import { generateMesh } from "./generate";

export type LargeMesh = {
  cluster: EmbeddedCluster;
  nodes: number;
  projects: number;
  ingestMs: number;
};

/** 200 projects of 200 models: about 100k nodes of the kinds a real mesh has. */
const SHAPE = { projects: 200, models: 200, seed: 7 };

let prepared: Promise<LargeMesh> | undefined;

/**
 * The 100k-node mesh the read benchmarks share, generated and ingested once
 * per `npm run bench` into a durable throwaway cluster.
 */
export function prepareLargeMesh(): Promise<LargeMesh> {
  prepared ??= (async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "bench-large-mesh-"));
    console.error("bench: generating a 100k-node mesh…");
    await generateMesh(dir, SHAPE);
    const cluster = await startThrowawayCluster({ isDurable: true });
    await migrate(cluster.url);
    console.error("bench: ingesting it…");
    const run = await runChild<{
      wallMs: number;
      result: { totals: { nodes: number } };
    }>("bench/ingest-once.ts", [dir], {
      DATABASE_URL: cluster.url,
    });
    await fs.rm(dir, { recursive: true, force: true });
    return {
      cluster,
      nodes: run.result.totals.nodes,
      projects: SHAPE.projects,
      ingestMs: run.wallMs,
    };
  })();
  return prepared;
}

export async function releaseLargeMesh(): Promise<void> {
  if (prepared) await (await prepared).cluster.stop();
  prepared = undefined;
}
