"use client";

import type {
  LayoutRequest,
  LayoutResult,
  WorkerRequest,
  WorkerResponse,
} from "./layout-types";

type Pending = {
  resolve: (result: LayoutResult) => void;
  reject: (error: Error) => void;
};

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

/**
 * The page's one layout worker, started on first use and kept for the life
 * of the tab: a warm worker lays the next graph out faster (ELK's code is
 * already compiled), and focusing another node reuses it.
 */
function getWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL("./layout.worker.ts", import.meta.url), {
    name: "graph-layout",
  });
  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const waiting = pending.get(event.data.id);
    if (!waiting) return;
    pending.delete(event.data.id);
    if ("error" in event.data) waiting.reject(new Error(event.data.error));
    else waiting.resolve(event.data.result);
  };
  worker.onerror = (event) => {
    const error = new Error(event.message || "The layout worker failed");
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
    worker?.terminate();
    worker = null;
  };
  return worker;
}

/** Lays a graph out in the worker. */
export function layoutInWorker(request: LayoutRequest): Promise<LayoutResult> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    const message: WorkerRequest = { id, request };
    getWorker().postMessage(message);
  });
}

/** Starts the worker ahead of need (loading ELK takes a moment), e.g. while data loads. */
export function warmLayoutWorker(): void {
  getWorker();
}
