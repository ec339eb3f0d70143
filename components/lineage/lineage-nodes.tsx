"use client";

import {
  Handle,
  Position,
  useStore,
  type Node,
  type NodeProps,
} from "@xyflow/react";
import { ArrowUpRight, Layers, LoaderCircle, Plus, Unlink } from "lucide-react";
import Link from "next/link";
import { memo } from "react";
import { cn } from "@/components/ui/cn";
import { formatCount, formatPlural } from "@/components/ui/format-number";
import {
  getResourceTypeLabel,
  getResourceTypePluralLabel,
  toResourceType,
} from "@/components/ui/resource-type";
import { ResourceTypeIcon } from "@/components/ui/resource-type-badge";
import { lineageUrl, nodeUrl } from "@/lib/urls";
import { useLineageActions } from "./lineage-actions";
import { toNodeTitle } from "@/lib/artifacts/node-label";
import type { LineageGroupData, LineageNodeData } from "./lineage-data";
import type { LaneInfo } from "./lineage-elements";
import type { ExpandSide } from "./merge-neighbours";

export type LineageFlowNode = Node<
  { element: LineageNodeData; isFocus: boolean; isMatch: boolean },
  "lineage"
>;
export type FoldFlowNode = Node<{ element: LineageGroupData }, "fold">;
export type LaneFlowNode = Node<LaneInfo, "lane">;

/** Below this zoom, nodes drop their buttons: they would be too small to hit. */
const COMPACT_ZOOM = 0.5;

const useIsCompact = () => useStore((s) => s.transform[2] < COMPACT_ZOOM);

function ExpandButton({
  node,
  side,
}: {
  node: LineageNodeData;
  side: ExpandSide;
}) {
  const { expand, expanding } = useLineageActions();
  const isBusy = expanding.has(node.id);
  const label =
    side === "up"
      ? `Show parents of ${node.name}`
      : `Show children of ${node.name}`;
  return (
    <button
      type="button"
      onClick={() => expand(node.id, side)}
      disabled={isBusy}
      aria-label={label}
      title={label}
      className={cn(
        "nodrag nopan absolute top-1/2 z-10 grid size-5 -translate-y-1/2 place-items-center rounded-full border border-border-strong bg-surface text-fg-muted shadow-xs transition-opacity hover:border-accent hover:text-accent",
        "opacity-0 group-hover/node:opacity-100 focus-visible:opacity-100",
        isBusy && "opacity-100",
        side === "up" ? "-left-2.5" : "-right-2.5",
      )}
    >
      {isBusy ? (
        <LoaderCircle aria-hidden className="size-3 animate-spin" />
      ) : (
        <Plus aria-hidden className="size-3" strokeWidth={2.5} />
      )}
    </button>
  );
}

/** One node of the lineage: its type, name and how it reads, with expand buttons on either side. */
export const LineageNodeView = memo(function LineageNodeView({
  data,
}: NodeProps<LineageFlowNode>) {
  const { element: node, isFocus, isMatch } = data;
  const { query } = useLineageActions();
  const isCompact = useIsCompact();
  const type = toResourceType(node.resourceType);
  const title = toNodeTitle(node);
  return (
    <div
      className={cn(
        "group/node relative flex h-full w-full items-center gap-2 rounded-lg border bg-surface px-2.5 shadow-xs shadow-black/5",
        isFocus
          ? "border-accent bg-accent/[0.07] ring-2 ring-accent/25"
          : "border-border-strong",
        node.external && "border-dashed bg-surface-muted",
        isMatch && "ring-2 ring-warn ring-offset-2 ring-offset-surface-sunken",
      )}
    >
      <Handle type="target" position={Position.Left} isConnectable={false} />
      <ResourceTypeIcon
        type={node.resourceType}
        className={cn("size-4", isFocus && "text-accent")}
      />
      <div className="min-w-0 flex-1 leading-tight">
        {node.external || isFocus ? (
          <span
            className="block truncate text-[13px] font-semibold text-fg"
            title={title}
          >
            {title}
          </span>
        ) : (
          <Link
            href={lineageUrl(node.project, node.uniqueId, query)}
            prefetch={false}
            title={`Focus on ${title}`}
            className="nodrag nopan block truncate text-[13px] font-medium text-fg hover:text-accent hover:underline hover:underline-offset-2"
          >
            {title}
          </Link>
        )}
        <span className="mt-0.5 flex items-center gap-1 truncate text-[11px] text-fg-subtle">
          {node.external ? (
            <>
              <Unlink aria-hidden className="size-3 text-warn" />
              <span className="text-warn">Not ingested</span>
            </>
          ) : (
            <>
              {getResourceTypeLabel(type)}
              {node.access ? <span>· {node.access}</span> : null}
              {isFocus ? <span className="text-accent">· focus</span> : null}
            </>
          )}
        </span>
      </div>
      {node.external || isCompact ? null : (
        <Link
          href={nodeUrl(node)}
          prefetch={false}
          aria-label={`Open the page of ${title}`}
          title="Open its page"
          className="nodrag nopan grid size-6 shrink-0 place-items-center rounded-md text-fg-subtle hover:bg-surface-muted hover:text-fg"
        >
          <ArrowUpRight aria-hidden className="size-3.5" />
        </Link>
      )}
      {node.external || isCompact ? null : (
        <>
          <ExpandButton node={node} side="up" />
          <ExpandButton node={node} side="down" />
        </>
      )}
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </div>
  );
});

function describeCounts(counts: Record<string, number>): string {
  return Object.entries(counts)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([type, count]) => {
      const resourceType = toResourceType(type);
      const label = (
        count === 1
          ? getResourceTypeLabel(resourceType)
          : getResourceTypePluralLabel(resourceType)
      ).toLowerCase();
      return `${formatCount(count)} ${resourceType === "unknown" ? type : label}`;
    })
    .join(", ");
}

/** Nodes folded together because the view was too large to draw: how many, of what, how far. */
export const FoldNodeView = memo(function FoldNodeView({
  data,
}: NodeProps<FoldFlowNode>) {
  const group = data.element;
  const where =
    group.project === null
      ? `${formatPlural(group.projectCount, "other project")}`
      : group.group
        ? `group ${group.group}`
        : "ungrouped";
  const hops =
    group.minHops === group.maxHops
      ? `${group.minHops} hops`
      : `${group.minHops}–${group.maxHops} hops`;
  return (
    <div className="flex h-full w-full flex-col justify-center gap-0.5 rounded-lg border border-dashed border-border-strong bg-surface-muted px-3 text-[11px] text-fg-muted shadow-[0_3px_0_-1px_var(--surface-muted),0_3px_0_0_var(--border-strong)]">
      <Handle type="target" position={Position.Left} isConnectable={false} />
      <span className="flex items-center gap-1.5 text-[13px] font-semibold text-fg">
        <Layers aria-hidden className="size-4 text-fg-subtle" />
        {formatPlural(group.count, "node")} folded
      </span>
      <span className="truncate">{where}</span>
      <span className="truncate" title={describeCounts(group.countsByType)}>
        {describeCounts(group.countsByType)}
      </span>
      <span className="truncate text-fg-subtle">
        {hops} {group.side}
      </span>
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </div>
  );
});

/** The band behind one project's nodes; its label floats over the canvas (see LaneLabels). */
export const LaneNodeView = memo(function LaneNodeView({
  data,
}: NodeProps<LaneFlowNode>) {
  return (
    <div
      className={cn(
        "h-full w-full rounded-xl border",
        data.isFocusLane
          ? "border-accent/30 bg-accent/[0.035]"
          : "border-border bg-surface/60",
        data.isExternal && "border-dashed border-warn/40 bg-transparent",
      )}
    />
  );
});

export const LINEAGE_NODE_TYPES = {
  lineage: LineageNodeView,
  fold: FoldNodeView,
  lane: LaneNodeView,
};
