import { pathToFileURL } from "node:url";
import { Worker, type WorkerOptions } from "node:worker_threads";

/**
 * A worker thread running a TypeScript entry from source (tsx, Vitest): a
 * worker does not inherit tsx's loader, so it imports its entry through
 * tsx's own API. `parentUrl` is the caller's `import.meta.url`.
 */
export function startSourceWorker(
  entryPath: string,
  parentUrl: string,
  options: WorkerOptions,
): Worker {
  const load = `import("tsx/esm/api").then(({ tsImport }) => tsImport(${JSON.stringify(pathToFileURL(entryPath).href)}, ${JSON.stringify(parentUrl)}))`;
  return new Worker(load, { ...options, eval: true });
}
