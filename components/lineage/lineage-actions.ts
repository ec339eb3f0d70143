"use client";

import { createContext, useContext } from "react";
import type { LineageQueryState } from "./lineage-query";
import type { ExpandSide } from "./merge-neighbours";

/**
 * What a node on the canvas can do, handed down by context rather than node
 * data: node objects then stay equal between renders and React Flow redraws
 * only the nodes that changed.
 */
export type LineageActions = {
  query: LineageQueryState;
  expand: (nodeId: string, side: ExpandSide) => void;
  /** Nodes whose neighbours are being fetched. */
  expanding: ReadonlySet<string>;
};

export const LineageActionsContext = createContext<LineageActions | null>(null);

export function useLineageActions(): LineageActions {
  const actions = useContext(LineageActionsContext);
  if (!actions) throw new Error("useLineageActions outside a lineage view");
  return actions;
}
