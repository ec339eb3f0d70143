/**
 * The layout worker: ELK's layered algorithm off the main thread, so that
 * laying out hundreds of nodes never blocks scrolling, typing or painting.
 * Loaded from a bundled URL (`new Worker(new URL(...))`), which the page's
 * Content-Security-Policy allows as a same-origin script.
 */
import ELK from "elkjs/lib/elk.bundled.js";
import { computeLayout } from "./compute-layout";
import type { WorkerRequest, WorkerResponse } from "./layout-types";

type WorkerScope = {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage: (message: WorkerResponse) => void;
};

// ELK runs in this thread (its "fake worker"); only the layered algorithm is
// registered, which keeps start-up short.
const elk = new ELK({ algorithms: ["layered"] });
const scope = self as unknown as WorkerScope;

// Set after ELK is constructed: its bundled worker code claims `onmessage` too.
scope.onmessage = (event) => {
  const { id, request } = event.data;
  computeLayout(elk, request).then(
    (result) => scope.postMessage({ id, result }),
    (error: unknown) =>
      scope.postMessage({
        id,
        error: error instanceof Error ? error.message : String(error),
      }),
  );
};
