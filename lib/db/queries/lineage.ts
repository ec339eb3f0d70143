import "server-only";
import {
  collapseLineage,
  MAX_DRAWN_NODES,
  type CollapsedLineage,
} from "@/lib/mesh/lineage/collapse";
import { buildAdjacency } from "@/lib/mesh/lineage/graph";
import { selectLineage } from "@/lib/mesh/lineage/traverse";
import type { TypeFilter } from "@/lib/mesh/lineage/type-filter";
import { findFocus, type FocusLookup } from "./lineage-nodes";
import { loadLineage } from "./lineage-walk";
import { readSnapshot } from "./read";

/** Nodes loaded at most for one lineage view; past this the view says it is truncated. */
export const LINEAGE_NODE_CAP = 10_000;

export type LineageRequest = {
  uniqueId: string;
  project: string | null;
  /** Hops up and down; `Infinity` for the full lineage. */
  up: number;
  down: number;
  filter: TypeFilter;
  /** Drawn elements at most before the view collapses (default 500). */
  maxDrawn?: number;
  maxNodes?: number;
};

export type LineageResult =
  | { status: "found"; lineage: CollapsedLineage }
  | Exclude<FocusLookup, { status: "found" }>;

/**
 * The lineage view of a node: loaded from the database hop by hop up to a
 * hard cap, then collapsed into project and group nodes when it is too large
 * to draw (see `collapseLineage`).
 */
export function getLineage(request: LineageRequest): Promise<LineageResult> {
  return readSnapshot(async (db) => {
    const focus = await findFocus(db, request.uniqueId, request.project);
    if (focus.status !== "found") return focus;
    const limits = {
      up: request.up,
      down: request.down,
      filter: request.filter,
      maxNodes: request.maxNodes ?? LINEAGE_NODE_CAP,
    };
    const loaded = await loadLineage(db, focus.node, limits);
    const selection = selectLineage(
      buildAdjacency(loaded.graph),
      loaded.focus,
      limits,
    );
    return {
      status: "found",
      lineage: collapseLineage(
        { ...selection, isTruncated: loaded.isTruncated },
        request.maxDrawn ?? MAX_DRAWN_NODES,
      ),
    };
  });
}
