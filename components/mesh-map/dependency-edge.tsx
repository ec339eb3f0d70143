"use client";

import {
  BaseEdge,
  EdgeLabelRenderer,
  useStore,
  type EdgeProps,
} from "@xyflow/react";
import { memo } from "react";
import { drawEdge } from "@/components/graph/routed-edge";
import { cn } from "@/components/ui/cn";
import { formatCount } from "@/components/ui/format-number";
import type { DependencyFlowEdge } from "./mesh-map-elements";
import { useMeshMapActions } from "./mesh-map-actions";
import { FAR_ZOOM } from "./project-node";

/**
 * A dependency between two projects: ELK's route from producer to consumer
 * (a curve between the two boxes until it is known) and a label with the
 * refs it carries. The label is a button: choosing it (or
 * the curve) lists those refs.
 */
export const DependencyEdgeView = memo(function DependencyEdgeView({
  id,
  sourceX,
  sourceY,
  targetX,
  targetY,
  sourcePosition,
  targetPosition,
  markerEnd,
  data,
}: EdgeProps<DependencyFlowEdge>) {
  const { select } = useMeshMapActions();
  // Zoomed far out, labels would be unreadable specks: the tables list them.
  const isFar = useStore((s) => s.transform[2] < FAR_ZOOM);
  if (!data) return null;
  const { dependency, isSelected, route } = data;
  const { path, label } = drawEdge(route, {
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
        interactionWidth={18}
      />
      {isFar ? null : (
        <EdgeLabelRenderer>
          <button
            type="button"
            onClick={() => select(id)}
            aria-pressed={isSelected}
            aria-label={`${dependency.consumer} uses ${dependency.producer}: ${formatCount(dependency.refs)} refs. Show them`}
            title={`${dependency.consumer} refs ${dependency.producer}`}
            className={cn(
              "nodrag nopan pointer-events-auto absolute rounded-full border px-1.5 text-[11px] leading-4 font-semibold tabular-nums shadow-xs",
              isSelected
                ? "border-accent bg-accent text-accent-fg"
                : dependency.unresolved === dependency.refs
                  ? "border-warn/40 bg-surface text-warn hover:border-warn"
                  : "border-cross-project/30 bg-surface text-cross-project hover:border-cross-project",
            )}
            style={{
              transform: `translate(-50%, -50%) translate(${label.x}px, ${label.y}px)`,
            }}
          >
            {formatCount(dependency.refs)}
          </button>
        </EdgeLabelRenderer>
      )}
    </>
  );
});
