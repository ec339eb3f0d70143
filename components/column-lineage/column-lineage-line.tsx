import { ArrowDownRight, ArrowUpLeft } from "lucide-react";
import type { ColumnLineageView } from "@/lib/db/queries/column-lineage-view";
import { ColumnSource } from "./column-origin";
import { describeColumnUsage } from "./column-usage";

/**
 * Under a column's name: where it comes from (each upstream column with how)
 * and how much uses it downstream, across projects.
 */
export function ColumnLineageLine({
  lineage,
  project,
}: {
  lineage: ColumnLineageView;
  project: string;
}) {
  return (
    <dl className="mt-2 flex flex-col gap-1 text-xs text-fg-muted">
      <div className="flex items-start gap-1.5">
        <dt className="flex shrink-0 items-center gap-1 pt-0.5">
          <ArrowUpLeft aria-hidden className="size-3.5 text-fg-subtle" />
          <span>From</span>
        </dt>
        <dd className="flex flex-wrap gap-x-3 gap-y-1">
          {lineage.sources.length === 0 ? (
            <span className="pt-0.5 text-fg-subtle">
              no upstream column (a literal, or not traced)
            </span>
          ) : (
            lineage.sources.map((source) => (
              <ColumnSource
                key={`${source.project}:${source.uniqueId}.${source.column}`}
                source={source}
                project={project}
              />
            ))
          )}
        </dd>
      </div>
      <div className="flex items-start gap-1.5">
        <dt className="flex shrink-0 items-center gap-1">
          <ArrowDownRight aria-hidden className="size-3.5 text-fg-subtle" />
          <span>Used by</span>
        </dt>
        <dd>{describeColumnUsage(lineage.downstream)}</dd>
      </div>
    </dl>
  );
}
