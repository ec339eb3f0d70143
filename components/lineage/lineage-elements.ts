import type { Edge } from "@xyflow/react";
import { withKnownSize } from "@/components/graph/known-size";
import type { LayoutResult } from "@/components/graph/layout-types";
import type { LineageData } from "./lineage-data";
import { getEdgeId, getLaneOf, getSizeOf } from "./lineage-layout";
import type {
  FoldFlowNode,
  LaneFlowNode,
  LineageFlowNode,
} from "./lineage-nodes";

export type LineageCanvasNode = LineageFlowNode | FoldFlowNode | LaneFlowNode;

/** How far lanes reach past the outermost nodes, left and right. */
const LANE_OVERHANG = 28;

export type LaneInfo = {
  id: string;
  y: number;
  height: number;
  /** Every node in it is an unresolved ref: the project was never ingested. */
  isExternal: boolean;
  isFocusLane: boolean;
};

/** The project lanes of a laid-out view, with what their labels say. */
export function describeLanes(
  data: LineageData,
  layout: LayoutResult,
): LaneInfo[] {
  const laneIsExternal = new Map<string, boolean>();
  for (const element of data.nodes) {
    const lane = getLaneOf(element);
    laneIsExternal.set(
      lane,
      (laneIsExternal.get(lane) ?? true) && element.external,
    );
  }
  const focus = data.nodes.find((n) => n.id === data.focus);
  const focusLane = focus ? getLaneOf(focus) : null;
  return layout.lanes.map((lane) => ({
    ...lane,
    isExternal: laneIsExternal.get(lane.id) ?? false,
    isFocusLane: lane.id === focusLane,
  }));
}

/**
 * The canvas nodes of a laid-out lineage view: one lane per project behind
 * its nodes, then the nodes and folded groups at their positions. Elements
 * the layout has no position for yet (just expanded) are left out until it
 * does.
 */
export function buildLineageNodes(
  data: LineageData,
  layout: LayoutResult,
  matchId: string | null,
): LineageCanvasNode[] {
  const lanes: LaneFlowNode[] = describeLanes(data, layout).map((lane) => ({
    id: `lane:${lane.id}`,
    type: "lane",
    position: { x: -LANE_OVERHANG, y: lane.y },
    ...withKnownSize({
      width: layout.width + 2 * LANE_OVERHANG,
      height: lane.height,
    }),
    data: lane,
    selectable: false,
    focusable: false,
    draggable: false,
    zIndex: -1,
  }));
  const elements = data.nodes.flatMap(
    (element): (LineageFlowNode | FoldFlowNode)[] => {
      const position = layout.positions[element.id];
      if (!position) return [];
      const size = withKnownSize(getSizeOf(element));
      if (element.kind === "group")
        return [
          {
            id: element.id,
            type: "fold",
            position,
            ...size,
            data: { element },
          },
        ];
      return [
        {
          id: element.id,
          type: "lineage",
          position,
          ...size,
          data: {
            element,
            isFocus: element.id === data.focus,
            isMatch: element.id === matchId,
          },
        },
      ];
    },
  );
  return [...lanes, ...elements];
}

/**
 * The canvas edges: cross-project edges marked (class `edge-cross`), hidden
 * dependencies (a source reading another project's model) marked and
 * labelled "no ref" (class `edge-hidden`), edges
 * that touch the focus emphasised, and edges that stand for several lineage
 * edges (between folded groups) labelled with how many.
 */
export function buildLineageEdges(data: LineageData): Edge[] {
  return data.edges.map((e) => {
    const classes = [
      e.crossProject ? "edge-cross" : "",
      e.hidden ? "edge-hidden" : "",
      e.source === data.focus || e.target === data.focus ? "edge-focus" : "",
    ].filter(Boolean);
    return {
      id: getEdgeId(e.source, e.target),
      source: e.source,
      target: e.target,
      className: classes.join(" "),
      focusable: false,
      selectable: false,
      ...(e.count > 1 || e.hidden
        ? {
            label: [e.hidden ? "no ref" : "", e.count > 1 ? `×${e.count}` : ""]
              .filter(Boolean)
              .join(" "),
            labelBgPadding: [4, 2] as [number, number],
            labelBgBorderRadius: 4,
          }
        : {}),
    };
  });
}
