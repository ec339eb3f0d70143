/**
 * Worker thread: derives the column lineage of the models in `workerData`
 * (lib/column-lineage) and posts each result back. Parsing SQL holds a
 * thread for milliseconds a column, seconds to minutes a project: never the
 * server's event loop.
 */
import { parentPort, workerData } from "node:worker_threads";
import { deriveColumnLineage } from "@/lib/column-lineage/derive";
import type {
  ModelColumnLineage,
  ModelSqlInput,
} from "@/lib/column-lineage/types";

const inputs = workerData as ModelSqlInput[];
const results: { uniqueId: string; lineage: ModelColumnLineage }[] = inputs.map(
  (input) => ({
    uniqueId: input.uniqueId,
    lineage: deriveColumnLineage(input),
  }),
);
parentPort?.postMessage(results);
