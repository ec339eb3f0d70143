"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { layoutInWorker, warmLayoutWorker } from "./layout-client";
import type { LayoutRequest, LayoutResult } from "./layout-types";
import { isQuickLayout, layOutQuickly } from "./quick-layers";

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
 * The layout of a graph. A large graph without routes is laid out at once on
 * this thread (`quick-layers.ts`, a few milliseconds); any other goes to
 * ELK in the layout worker, where a new request (a new object) starts a new
 * layout while the previous result stays on screen, and answers to requests
 * replaced in the meantime are dropped.
 */
export function useGraphLayout(request: LayoutRequest): GraphLayout {
  const quick = useMemo(
    () => (isQuickLayout(request) ? layOutQuickly(request) : null),
    [request],
  );
  const [settled, setSettled] = useState<Settled | null>(null);
  useEffect(() => {
    if (quick) return;
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
  }, [request, quick]);
  if (quick) return { result: quick, isPending: false, error: null };
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
  const started = useRef({ graph, loadCanvas, request });
  useEffect(() => {
    const first = started.current;
    performance.mark(`${first.graph}:data`);
    if (!isQuickLayout(first.request)) warmLayoutWorker();
    void first.loadCanvas();
  }, []);
  useEffect(() => {
    if (layout.result)
      performance.mark(`${graph}:layout`, {
        detail: { elapsedMs: layout.result.elapsedMs },
      });
  }, [graph, layout.result]);
  return layout;
}
