"use client";

import { Handle, Position, useStore, type NodeProps } from "@xyflow/react";
import { FolderGit2, FolderX, Medal } from "lucide-react";
import Link from "next/link";
import { memo } from "react";
import { cn } from "@/components/ui/cn";
import { formatCount, formatPlural } from "@/components/ui/format-number";
import { projectUrl } from "@/lib/urls";
import type { MaturityTone } from "./mesh-map-data";
import type { ProjectFlowNode } from "./mesh-map-elements";

// Literal class names, so that Tailwind finds them.
const TONE: Record<MaturityTone, { bar: string; text: string }> = {
  bronze: { bar: "bg-bronze", text: "text-bronze" },
  silver: { bar: "bg-silver", text: "text-silver" },
  gold: { bar: "bg-gold", text: "text-gold" },
  accent: { bar: "bg-accent", text: "text-accent" },
};

function Handles() {
  return (
    <>
      <Handle type="target" position={Position.Left} isConnectable={false} />
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </>
  );
}

/** Below this zoom a project is drawn as its name alone: a whole large mesh stays light to draw. */
export const FAR_ZOOM = 0.4;

/** A project on the mesh map: its name, size, and its products' maturity (the coloured bar). */
export const ProjectNodeView = memo(function ProjectNodeView({
  data,
}: NodeProps<ProjectFlowNode>) {
  const { project } = data;
  const isFar = useStore((s) => s.transform[2] < FAR_ZOOM);
  const tone = project.maturity?.tone ? TONE[project.maturity.tone] : null;
  if (isFar)
    return (
      <div
        className={cn(
          "flex h-full w-full items-center overflow-hidden rounded-lg border-2 bg-surface px-3 text-2xl font-semibold text-fg",
          project.isExternal
            ? "border-dashed border-warn/60 text-fg-muted"
            : "border-border-strong",
        )}
      >
        <Handles />
        <span
          aria-hidden
          className={cn(
            "mr-3 h-full w-2 shrink-0",
            tone?.bar ?? "bg-transparent",
          )}
        />
        <span className="truncate">{project.name}</span>
      </div>
    );
  if (project.isExternal)
    return (
      <div className="flex h-full w-full flex-col justify-center gap-1 rounded-lg border border-dashed border-warn/50 bg-surface-muted px-3 text-fg-muted">
        <Handles />
        <span className="flex items-center gap-1.5 truncate text-sm font-semibold text-fg">
          <FolderX aria-hidden className="size-4 shrink-0 text-warn" />
          {project.name}
        </span>
        <span className="text-[11px] text-warn">
          Referenced, never ingested
        </span>
      </div>
    );
  return (
    <div className="relative flex h-full w-full overflow-hidden rounded-lg border border-border-strong bg-surface shadow-xs shadow-black/5 hover:border-accent">
      <Handles />
      <span
        aria-hidden
        className={cn("w-1.5 shrink-0", tone?.bar ?? "bg-border-strong")}
      />
      <div className="flex min-w-0 flex-1 flex-col justify-center gap-0.5 px-3">
        <Link
          href={projectUrl(project.name)}
          prefetch={false}
          className="nodrag nopan flex items-center gap-1.5 truncate text-sm font-semibold text-fg hover:text-accent hover:underline hover:underline-offset-2"
        >
          <FolderGit2 aria-hidden className="size-4 shrink-0 text-fg-subtle" />
          {project.name}
        </Link>
        <span className="truncate text-[11px] text-fg-muted">
          {formatPlural(project.models ?? 0, "model")}
          {project.publicModels
            ? ` · ${formatCount(project.publicModels)} public`
            : ""}
        </span>
        <span
          className={cn(
            "flex items-center gap-1 truncate text-[11px]",
            tone?.text ?? "text-fg-subtle",
          )}
        >
          {project.maturity ? (
            <>
              <Medal aria-hidden className="size-3 shrink-0" />
              <span className="font-medium">
                {project.maturity.level?.title ?? "Below the first level"}
              </span>
              <span className="text-fg-subtle">
                · avg {project.maturity.averageScore}
              </span>
            </>
          ) : (
            "No scored products"
          )}
        </span>
      </div>
    </div>
  );
});
