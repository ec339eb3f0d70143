"use client";

import "@xyflow/react/dist/style.css";
import "@/components/graph/graph.css";
import {
  Background,
  BackgroundVariant,
  Controls,
  MarkerType,
  ReactFlow,
  ReactFlowProvider,
} from "@xyflow/react";
import { useMemo } from "react";
import { withKnownSize } from "@/components/graph/known-size";
import type { LayoutResult } from "@/components/graph/layout-types";
import {
  RoutedEdgeView,
  type RoutedFlowEdge,
} from "@/components/graph/routed-edge";
import type { Star } from "@/lib/mesh/star/types";
import { describeCardinality } from "@/lib/mesh/star/join-conditions";
import { listStarEdges, shapeTables, toHandles } from "./star-layout";
import { StarTableNodeView, type StarTableFlowNode } from "./star-table-node";
import { READ_ONLY_FLOW } from "@/components/graph/read-only-flow";
import { useFitOnce } from "@/components/graph/use-fit-once";

const NODE_TYPES = { table: StarTableNodeView };
const EDGE_TYPES = { routed: RoutedEdgeView };

const SHORT_CARDINALITY = {
  many_to_one: "N:1",
  one_to_one: "1:1",
  unknown: "?",
} as const;

export type StarFlowProps = { star: Star; layout: LayoutResult };

/** The star as an entity-relationship diagram. Client-only, as every React Flow canvas here. */
export default function StarFlow(props: StarFlowProps) {
  return (
    <ReactFlowProvider>
      <Flow {...props} />
    </ReactFlowProvider>
  );
}

function Flow({ star, layout }: StarFlowProps) {
  const nodes = useMemo(
    () =>
      shapeTables(star).flatMap((shown): StarTableFlowNode[] => {
        const position = layout.positions[shown.table.key];
        if (!position) return [];
        return [
          {
            id: shown.table.key,
            type: "table",
            position,
            ...withKnownSize(
              { width: shown.width, height: shown.height },
              toHandles(shown),
            ),
            data: { shown },
          },
        ];
      }),
    [star, layout],
  );
  const edges = useMemo(
    () =>
      listStarEdges(star).map((spec): RoutedFlowEdge => {
        const relationship =
          spec.relationshipIndex === null
            ? null
            : star.relationships[spec.relationshipIndex];
        return {
          id: spec.id,
          type: "routed",
          source: spec.source,
          target: spec.target,
          sourceHandle: spec.sourcePort,
          targetHandle: spec.targetPort,
          className: relationship
            ? relationship.isCrossProject
              ? "edge-cross"
              : "edge-focus"
            : "edge-built-from",
          markerEnd: {
            type: MarkerType.ArrowClosed,
            markerUnits: "userSpaceOnUse",
            width: 12,
            height: 12,
            color: relationship?.isCrossProject
              ? "var(--cross-project)"
              : "var(--fg-subtle)",
          },
          focusable: false,
          data: {
            route: layout.routes[spec.id] ?? null,
            // Built-from edges all meet at the product: labels would pile up there.
            ...(relationship
              ? {
                  label: SHORT_CARDINALITY[relationship.cardinality],
                  labelTitle: describeCardinality(relationship.cardinality),
                }
              : {}),
          },
        };
      }),
    [star, layout],
  );
  useFitOnce("star", { padding: 0.12, maxZoom: 1, minZoom: 0.1 });
  return (
    <ReactFlow
      className="catalog-graph"
      nodes={nodes}
      edges={edges}
      nodeTypes={NODE_TYPES}
      edgeTypes={EDGE_TYPES}
      {...READ_ONLY_FLOW}
      minZoom={0.1}
      maxZoom={1.5}
      preventScrolling={false}
      aria-label="Entity-relationship diagram"
    >
      <Background variant={BackgroundVariant.Dots} gap={18} size={1} />
      <Controls showInteractive={false} orientation="horizontal" />
    </ReactFlow>
  );
}
