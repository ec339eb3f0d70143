"use client";

import { useEffect, useRef, useState } from "react";
import { layoutInWorker, warmLayoutWorker } from "./layout-client";
import type { LayoutRequest, LayoutResult } from "./layout-types";

export type GraphLayout = {
  /** The latest finished layout; it may be of an earlier request while a new one runs. */
  result: LayoutResult | null;
  /** True while the current request is being laid out. */
  isPending: boolean;
  error: string | null;
};

type Settled = {
  request: LayoutRequest;
  result: LayoutResult | null;
  error: string | null;
};

/**
 * The layout of a graph, computed in the layout worker. A new request (a new
 * object) starts a new layout while the previous result stays on screen;
 * answers to requests replaced in the meantime are dropped.
 */
export function useGraphLayout(request: LayoutRequest): GraphLayout {
  const [settled, setSettled] = useState<Settled | null>(null);
  useEffect(() => {
    let isCurrent = true;
    layoutInWorker(request).then(
      (result) => {
        if (isCurrent) setSettled({ request, result, error: null });
      },
      (error: unknown) => {
        if (!isCurrent) return;
        const message = error instanceof Error ? error.message : String(error);
        setSettled((previous) => ({
          request,
          result: previous?.result ?? null,
          error: message,
        }));
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [request]);
  return {
    result: settled?.result ?? null,
    isPending: settled?.request !== request,
    error: settled?.request === request ? settled.error : null,
  };
}

/**
 * A page's main graph: `useGraphLayout`, and the marks the browser benchmarks
 * read (`<graph>:data` once the data is in hand, `<graph>:layout` with the
 * worker's time for each layout). The worker starts at once, and `loadCanvas`
 * fetches the drawing code while the worker lays the graph out.
 */
export function useTimedGraphLayout(
  graph: string,
  request: LayoutRequest,
  loadCanvas: () => Promise<unknown>,
): GraphLayout {
  const layout = useGraphLayout(request);
  // Once per page: the mark times the first data.
  const started = useRef({ graph, loadCanvas });
  useEffect(() => {
    performance.mark(`${started.current.graph}:data`);
    warmLayoutWorker();
    void started.current.loadCanvas();
  }, []);
  useEffect(() => {
    if (layout.result)
      performance.mark(`${graph}:layout`, {
        detail: { elapsedMs: layout.result.elapsedMs },
      });
  }, [graph, layout.result]);
  return layout;
}
