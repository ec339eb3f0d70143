import { formatPlural } from "@/components/ui/format-number";
import type { ColumnLineageView } from "@/lib/db/queries/column-lineage-view";

/** How much uses a column downstream, in every project: columns, models, projects, exposures. */
export function describeColumnUsage(
  downstream: ColumnLineageView["downstream"],
): string {
  if (downstream.models === 0 && downstream.exposures === 0)
    return "not used downstream";
  const parts: [number, string][] = [
    [downstream.columns, "column"],
    [downstream.models, "model"],
    [downstream.projects, "project"],
    [downstream.exposures, "exposure"],
  ];
  return parts
    .filter(([count]) => count > 0)
    .map(([count, noun]) => formatPlural(count, noun))
    .join(" · ");
}
