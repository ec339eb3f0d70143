"use client";

import { useStore } from "@xyflow/react";
import { FolderGit2, FolderX } from "lucide-react";
import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { projectUrl } from "@/lib/urls";
import type { LaneInfo } from "./lineage-elements";
import { OTHER_LANE } from "./lineage-layout";

/** Room a label needs in a lane before it is worth showing. */
const MIN_VISIBLE = 22;

/**
 * The names of the project lanes, pinned to the left edge of the canvas and
 * to the top of each lane's visible part, so that a reader always knows
 * which project a node belongs to, however the view is panned.
 */
export function LaneLabels({ lanes }: { lanes: LaneInfo[] }) {
  const [, y, zoom] = useStore((s) => s.transform);
  const height = useStore((s) => s.height);
  return (
    <div className="pointer-events-none absolute inset-0 z-[5] overflow-hidden">
      {lanes.map((lane) => {
        const top = lane.y * zoom + y;
        const bottom = top + lane.height * zoom;
        const labelTop = Math.max(top, 0);
        if (bottom - labelTop < MIN_VISIBLE || labelTop > height) return null;
        return (
          <div
            key={lane.id}
            className="absolute left-2"
            style={{ top: labelTop + 6 }}
          >
            <LaneLabel lane={lane} />
          </div>
        );
      })}
    </div>
  );
}

function LaneLabel({ lane }: { lane: LaneInfo }) {
  const chip = cn(
    "pointer-events-auto inline-flex h-6 items-center gap-1.5 rounded-md border px-2 text-xs font-semibold shadow-xs",
    lane.isFocusLane
      ? "border-accent/30 bg-surface text-accent"
      : "border-border bg-surface text-fg-muted",
  );
  if (lane.isExternal)
    return (
      <span className={cn(chip, "border-dashed border-warn/40 text-fg-muted")}>
        <FolderX aria-hidden className="size-3.5 text-warn" />
        {lane.id}
        <span className="font-normal text-warn">not ingested</span>
      </span>
    );
  if (lane.id === OTHER_LANE)
    return (
      <span className={chip}>
        <FolderGit2 aria-hidden className="size-3.5" />
        Other projects
      </span>
    );
  return (
    <Link
      href={projectUrl(lane.id)}
      prefetch={false}
      className={cn(chip, "hover:text-fg")}
    >
      <FolderGit2 aria-hidden className="size-3.5" />
      {lane.id}
    </Link>
  );
}
