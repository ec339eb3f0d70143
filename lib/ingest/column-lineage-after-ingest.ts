import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { hashModelInput } from "@/lib/column-lineage/input-hash";
import type {
  ModelColumnLineage,
  ModelSqlInput,
} from "@/lib/column-lineage/types";
import { now } from "@/lib/clock";
import {
  listConsumerProjects,
  readLineageWork,
  writeColumnLineage,
} from "@/lib/db/column-lineage-store";
import { getLogger } from "@/lib/ops/logger";
import { startSourceWorker } from "./source-worker";

/** What one derivation run did for a project. */
export type ColumnLineageRun = {
  project: string;
  derived: number;
  unchanged: number;
  parseErrors: { uniqueId: string; error: string }[];
  withoutCompiledSql: string[];
};

const pending = new Set<Promise<unknown>>();
let queue: Promise<unknown> = Promise.resolve();

/**
 * Derives, after an ingest committed, the column lineage of the project and
 * of the projects that read its models (their upstream columns may have
 * changed), one run after another, in the background. A failure is logged:
 * the ingest stands.
 */
export function scheduleColumnLineage(project: string): void {
  const run = queue.then(async () => {
    await deriveProjectColumnLineage(project);
    for (const consumer of await listConsumerProjects(project))
      await deriveProjectColumnLineage(consumer);
  });
  const settled = run.catch((error: unknown) =>
    getLogger().error(
      { err: error, project },
      "deriving column lineage failed",
    ),
  );
  queue = settled;
  pending.add(settled);
  void settled.finally(() => pending.delete(settled));
}

/** Waits for the derivations under way (the CLI before it exits, tests). */
export async function settleColumnLineage(): Promise<void> {
  while (pending.size > 0) await Promise.all([...pending]);
}

/**
 * Derives the lineage of a project's models whose compiled SQL or upstream
 * columns changed since the last run (on a worker thread), and stores it.
 */
export async function deriveProjectColumnLineage(
  project: string,
): Promise<ColumnLineageRun | null> {
  const work = await readLineageWork(project);
  if (!work) return null;
  const hashed = work.inputs.map((input) => ({
    input,
    hash: hashModelInput(input),
  }));
  const changed = hashed.filter(
    ({ input, hash }) => work.storedHashes.get(input.uniqueId) !== hash,
  );
  const results =
    changed.length === 0
      ? []
      : await deriveOffThread(changed.map((c) => c.input));
  const hashes = new Map(changed.map((c) => [c.input.uniqueId, c.hash]));
  const derived = results.map((r) => ({
    ...r,
    inputHash: hashes.get(r.uniqueId) ?? "",
  }));
  await writeColumnLineage(work, derived, now());
  return {
    project,
    derived: derived.length,
    unchanged: hashed.length - changed.length,
    parseErrors: derived.flatMap((d) =>
      d.lineage.status === "parse_error"
        ? [{ uniqueId: d.uniqueId, error: d.lineage.error }]
        : [],
    ),
    withoutCompiledSql: work.withoutCompiledSql,
  };
}

function deriveOffThread(
  inputs: ModelSqlInput[],
): Promise<{ uniqueId: string; lineage: ModelColumnLineage }[]> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(inputs);
    let answer: { uniqueId: string; lineage: ModelColumnLineage }[] | undefined;
    worker.once("message", (message: typeof answer) => (answer = message));
    worker.once("error", reject);
    worker.once("exit", (code) =>
      answer
        ? resolve(answer)
        : reject(
            new Error(
              `the column lineage worker stopped (exit code ${code}) without an answer`,
            ),
          ),
    );
  });
}

function startWorker(inputs: ModelSqlInput[]): Worker {
  if (import.meta.url.endsWith(".ts")) {
    const entry = path.join(
      path.dirname(fileURLToPath(import.meta.url)),
      "column-lineage-worker.ts",
    );
    return startSourceWorker(entry, import.meta.url, { workerData: inputs });
  }
  // Bundled: written out whole for the bundler, which builds the worker its own bundle.
  return new Worker(new URL("./column-lineage-worker.ts", import.meta.url), {
    workerData: inputs,
  });
}
