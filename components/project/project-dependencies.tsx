import { ArrowDownLeft, ArrowUpRight } from "lucide-react";
import { cn } from "@/components/ui/cn";
import type { ProjectSummary } from "@/lib/db/queries/projects";
import { ProjectChip } from "./project-chip";

type DependencyItem = { project: string; refs: number; isIngested: boolean };

/** The projects this one refs, and those that ref it, with the number of refs each way. */
export function ProjectDependencies({
  project,
  className,
}: {
  project: Pick<ProjectSummary, "upstream" | "downstream">;
  className?: string;
}) {
  return (
    <dl className={cn("grid gap-2 text-[13px]", className)}>
      <DependencyLine
        direction="upstream"
        label="Depends on"
        empty="No other project"
        items={project.upstream.map((d) => ({
          project: d.producer,
          refs: d.refs,
          isIngested: d.isProducerIngested,
        }))}
      />
      <DependencyLine
        direction="downstream"
        label="Used by"
        empty="No other project yet"
        items={project.downstream.map((d) => ({
          project: d.consumer,
          refs: d.refs,
          isIngested: true,
        }))}
      />
    </dl>
  );
}

function DependencyLine({
  direction,
  label,
  empty,
  items,
}: {
  direction: "upstream" | "downstream";
  label: string;
  empty: string;
  items: DependencyItem[];
}) {
  const Icon = direction === "upstream" ? ArrowUpRight : ArrowDownLeft;
  return (
    <div className="flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1.5">
      <dt className="flex w-24 shrink-0 items-center gap-1 text-fg-muted">
        <Icon aria-hidden className="size-3.5 text-fg-subtle" />
        {label}
      </dt>
      <dd className="flex min-w-0 flex-wrap gap-1.5">
        {items.length === 0 ? (
          <span className="text-fg-subtle">{empty}</span>
        ) : (
          items.map((item) => (
            <ProjectChip
              key={item.project}
              project={item.project}
              isIngested={item.isIngested}
              count={item.refs}
            />
          ))
        )}
      </dd>
    </div>
  );
}
