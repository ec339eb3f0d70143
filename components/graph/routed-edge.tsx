"use client";

import {
  BaseEdge,
  EdgeLabelRenderer,
  getBezierPath,
  type Edge,
  type EdgeProps,
} from "@xyflow/react";
import { memo } from "react";
import type { Point } from "./layout-types";
import { pointAlong, toRoundedPath } from "./route-path";

export type RoutedEdgeData = {
  /** ELK's route; a curve between the handles while it is not known. */
  route: Point[] | null;
  /** A short text on the edge, e.g. a cardinality. */
  label?: string;
  labelTitle?: string;
};

export type RoutedFlowEdge = Edge<RoutedEdgeData, "routed">;

/**
 * An edge's path and the middle of it, for a label: along the layout's route
 * when there is one, else a curve between the handles.
 */
export function drawEdge(
  route: Point[] | null,
  ends: Parameters<typeof getBezierPath>[0],
): { path: string; label: Point } {
  if (route)
    return { path: toRoundedPath(route), label: pointAlong(route, 0.5) };
  const [path, x, y] = getBezierPath(ends);
  return { path, label: { x, y } };
}

/** An edge drawn along the route the layout found, with an optional label at its middle. */
export const RoutedEdgeView = memo(function RoutedEdgeView({
  id,
  sourceX,
  sourceY,
  targetX,
  targetY,
  sourcePosition,
  targetPosition,
  markerEnd,
  markerStart,
  data,
}: EdgeProps<RoutedFlowEdge>) {
  const { path, label } = drawEdge(data?.route ?? null, {
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
  });
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        markerStart={markerStart}
      />
      {data?.label ? (
        <EdgeLabelRenderer>
          <span
            title={data.labelTitle}
            className="absolute rounded-full border border-border-strong bg-surface px-1.5 text-[11px] leading-4 font-semibold text-fg-muted tabular-nums shadow-xs"
            style={{
              transform: `translate(-50%, -50%) translate(${label.x}px, ${label.y}px)`,
            }}
          >
            {data.label}
          </span>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
});
