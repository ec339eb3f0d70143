"use client";

import { useEffect, useState } from "react";
import { layoutInWorker } from "./layout-client";
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
