"use client";

import "@xyflow/react/dist/style.css";
import "@/components/graph/graph.css";
import {
  Background,
  BackgroundVariant,
  Controls,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  useNodesInitialized,
  useReactFlow,
  useStoreApi,
  type Node,
} from "@xyflow/react";
import { useEffect, useMemo, useRef } from "react";
import type { LayoutResult } from "@/components/graph/layout-types";
import { markGraphPainted } from "@/components/graph/paint-mark";
import type { LineageData, LineageElement } from "./lineage-data";
import { LaneLabels } from "./lane-labels";
import {
  buildLineageEdges,
  buildLineageNodes,
  describeLanes,
} from "./lineage-elements";
import { getSizeOf } from "./lineage-layout";
import { LINEAGE_NODE_TYPES } from "./lineage-nodes";
import { READ_ONLY_FLOW } from "@/components/graph/read-only-flow";

export type CenterTarget = { id: string; seq: number };

export type LineageFlowProps = {
  data: LineageData;
  layout: LayoutResult;
  /** The node a search or an expand asked to show; `seq` repeats a request. */
  target: CenterTarget | null;
  matchId: string | null;
};

/** Fitting everything is only worth it while nodes stay readable. */
const MIN_FIT_ZOOM = 0.65;

/**
 * The lineage canvas: React Flow drawing a laid-out view, only what is in
 * the viewport (`onlyRenderVisibleElements`). Client-only: React Flow writes
 * inline styles, which the page's CSP allows from script but not in
 * server-rendered markup.
 */
export default function LineageFlow(props: LineageFlowProps) {
  return (
    <ReactFlowProvider>
      <Flow {...props} />
    </ReactFlowProvider>
  );
}

function Flow({ data, layout, target, matchId }: LineageFlowProps) {
  const nodes = useMemo(
    () => buildLineageNodes(data, layout, matchId),
    [data, layout, matchId],
  );
  const edges = useMemo(() => buildLineageEdges(data), [data]);
  const lanes = useMemo(() => describeLanes(data, layout), [data, layout]);
  useInitialViewport(data, layout);
  useCenterOn(target, layout, data);
  return (
    <ReactFlow
      className="catalog-graph"
      nodes={nodes}
      edges={edges}
      nodeTypes={LINEAGE_NODE_TYPES}
      {...READ_ONLY_FLOW}
      minZoom={0.05}
      maxZoom={1.75}
      aria-label="Lineage graph"
    >
      <Background variant={BackgroundVariant.Dots} gap={18} size={1} />
      <MiniMap
        pannable
        zoomable
        ariaLabel="Overview of the lineage graph"
        nodeColor={minimapColor}
        nodeStrokeWidth={0}
        className="hidden sm:block"
      />
      <Controls showInteractive={false} />
      <LaneLabels lanes={lanes} />
    </ReactFlow>
  );
}

function minimapColor(node: Node): string {
  if (node.type === "lane") return "transparent";
  if (node.type === "fold") return "var(--fg-subtle)";
  const data = node.data as { isFocus?: boolean };
  return data.isFocus ? "var(--accent)" : "var(--border-strong)";
}

/**
 * The first view: the whole graph when it fits readably, else the focus and
 * its direct neighbours (the minimap shows the rest). Marks the paint for
 * the benchmarks.
 */
function useInitialViewport(data: LineageData, layout: LayoutResult) {
  const flow = useReactFlow();
  const store = useStoreApi();
  const isReady = useNodesInitialized();
  const isDone = useRef(false);
  useEffect(() => {
    if (!isReady || isDone.current) return;
    isDone.current = true;
    const { width, height } = store.getState();
    const fitAll = Math.min(width / layout.width, height / layout.height);
    const near = data.nodes.filter(
      (n) => n.kind === "node" && Math.abs(n.depth) <= 1,
    );
    const nearFit = fitZoom(near, layout, width, height);
    const focus = data.nodes.find((n) => n.id === data.focus);
    const focusAt = focus ? layout.positions[focus.id] : undefined;
    const painted = () => markGraphPainted("lineage");
    if (fitAll < MIN_FIT_ZOOM && nearFit < MIN_FIT_ZOOM && focus && focusAt) {
      // Even the direct neighbours do not fit readably (a hub used by many
      // projects): start at the focus, the minimap and search lead on.
      const size = getSizeOf(focus);
      void flow
        .setCenter(focusAt.x + size.width / 2, focusAt.y + size.height / 2, {
          zoom: MIN_FIT_ZOOM,
        })
        .then(painted);
      return;
    }
    void flow
      .fitView({
        padding: 0.12,
        maxZoom: 1,
        minZoom: fitAll >= MIN_FIT_ZOOM ? 0.05 : MIN_FIT_ZOOM,
        ...(fitAll >= MIN_FIT_ZOOM
          ? {}
          : { nodes: near.map((n) => ({ id: n.id })) }),
      })
      .then(painted);
  }, [isReady, flow, store, data, layout]);
}

/** The zoom at which `elements` fill a `width` × `height` canvas (with 12% padding). */
function fitZoom(
  elements: readonly LineageElement[],
  layout: LayoutResult,
  width: number,
  height: number,
): number {
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const element of elements) {
    const at = layout.positions[element.id];
    if (!at) continue;
    const size = getSizeOf(element);
    left = Math.min(left, at.x);
    top = Math.min(top, at.y);
    right = Math.max(right, at.x + size.width);
    bottom = Math.max(bottom, at.y + size.height);
  }
  if (right < left) return Infinity;
  return Math.min(width / (right - left), height / (bottom - top)) / 1.24;
}

/** Centres the canvas on a node once the layout has placed it. */
function useCenterOn(
  target: CenterTarget | null,
  layout: LayoutResult,
  data: LineageData,
) {
  const flow = useReactFlow();
  const handled = useRef(0);
  useEffect(() => {
    if (!target || handled.current === target.seq) return;
    const position = layout.positions[target.id];
    const element = data.nodes.find((n) => n.id === target.id);
    if (!position || !element) return;
    handled.current = target.seq;
    const size = getSizeOf(element);
    void flow.setCenter(
      position.x + size.width / 2,
      position.y + size.height / 2,
      { zoom: Math.max(flow.getZoom(), 1), duration: 350 },
    );
  }, [target, layout, data, flow]);
}
