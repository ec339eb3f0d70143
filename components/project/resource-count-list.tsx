import { ResourceTypeIcon } from "@/components/ui/resource-type-badge";
import {
  getResourceTypeLabel,
  getResourceTypePluralLabel,
} from "@/components/ui/resource-type";
import { formatCount } from "@/components/ui/format-number";
import { cn } from "@/components/ui/cn";
import { orderResourceCounts } from "./resource-counts";

/** How many nodes of each resource type a project has, as a compact wrapped list. */
export function ResourceCountList({
  counts,
  className,
}: {
  counts: Readonly<Record<string, number>>;
  className?: string;
}) {
  const ordered = orderResourceCounts(counts);
  if (ordered.length === 0)
    return <p className="text-[13px] text-fg-subtle">No nodes</p>;
  return (
    <ul
      aria-label="Nodes by resource type"
      className={cn("flex flex-wrap gap-x-4 gap-y-1.5", className)}
    >
      {ordered.map(({ type, count }) => (
        <li
          key={type}
          className="flex items-center gap-1.5 text-[13px] text-fg-muted"
        >
          <ResourceTypeIcon type={type} isDecorative className="size-3.5" />
          <span className="font-medium text-fg tabular-nums">
            {formatCount(count)}
          </span>
          <span>
            {(count === 1
              ? getResourceTypeLabel(type)
              : getResourceTypePluralLabel(type)
            ).toLowerCase()}
          </span>
        </li>
      ))}
    </ul>
  );
}
