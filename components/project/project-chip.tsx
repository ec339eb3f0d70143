import { FolderGit2, FolderX } from "lucide-react";
import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { projectUrl } from "@/lib/urls";

export type ProjectChipProps = {
  project: string;
  /** False for a project other projects ref but that was never ingested: not a link. */
  isIngested?: boolean;
  /** A count shown after the name, e.g. the refs between the two projects. */
  count?: number;
  countLabel?: string;
  className?: string;
};

const CHIP =
  "inline-flex h-6 max-w-full items-center gap-1.5 rounded-md px-2 text-xs font-medium ring-1 ring-inset";

/** A project named in a list of dependencies: a link, or marked external when never ingested. */
export function ProjectChip({
  project,
  isIngested = true,
  count,
  countLabel = "refs",
  className,
}: ProjectChipProps) {
  const counter =
    count === undefined ? null : (
      <span className="text-fg-subtle tabular-nums">
        {count}
        <span className="sr-only"> {countLabel}</span>
      </span>
    );
  if (!isIngested)
    return (
      <span
        title="Referenced by the mesh but never ingested"
        className={cn(
          CHIP,
          "border-dashed bg-transparent text-fg-muted ring-border-strong",
          className,
        )}
      >
        <FolderX aria-hidden className="size-3.5 shrink-0 text-fg-subtle" />
        <span className="truncate">{project}</span>
        <span className="text-fg-subtle">external</span>
        {counter}
      </span>
    );
  return (
    <Link
      href={projectUrl(project)}
      className={cn(
        CHIP,
        "bg-surface-muted text-fg ring-border hover:bg-surface hover:ring-border-strong",
        className,
      )}
    >
      <FolderGit2 aria-hidden className="size-3.5 shrink-0 text-fg-subtle" />
      <span className="truncate">{project}</span>
      {counter}
    </Link>
  );
}
