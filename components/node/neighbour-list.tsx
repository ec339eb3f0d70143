import { Unlink } from "lucide-react";
import Link from "next/link";
import { AccessBadge } from "@/components/ui/access-badge";
import { Badge } from "@/components/ui/badge";
import { CrossProjectBadge } from "@/components/ui/cross-project-badge";
import { ResourceTypeIcon } from "@/components/ui/resource-type-badge";
import type { NeighbourView } from "@/lib/db/queries/neighbours";
import { toNodeLabel } from "@/lib/artifacts/node-label";
import { nodeUrl } from "@/lib/urls";

/**
 * Parents or children of a node. Cross-project ones carry the other
 * project's name; an unresolved ref (its project was never ingested, or no
 * longer has the node) is shown as external, without a link.
 */
export function NeighbourList({
  items,
  label,
}: {
  items: NeighbourView[];
  label: string;
}) {
  return (
    <ul aria-label={label} className="divide-y divide-border">
      {items.map((item) => (
        <li
          key={`${item.project}:${item.uniqueId}`}
          className="flex flex-wrap items-center gap-x-2 gap-y-1 px-4 py-2.5"
        >
          <ResourceTypeIcon type={item.resourceType} className="size-3.5" />
          {item.isResolved ? (
            <Link
              href={nodeUrl(item)}
              className="min-w-0 text-[13px] font-medium break-all text-fg hover:text-accent hover:underline hover:underline-offset-4"
            >
              {toNodeLabel(item)}
              {item.version ? (
                <span className="text-fg-subtle"> v{item.version}</span>
              ) : null}
            </Link>
          ) : (
            <span className="min-w-0 text-[13px] font-medium break-all text-fg-muted">
              {toNodeLabel(item)}
              {item.version ? (
                <span className="text-fg-subtle"> v{item.version}</span>
              ) : null}
            </span>
          )}
          <span className="ml-auto flex flex-wrap items-center gap-1.5">
            {item.isCrossProject ? (
              <CrossProjectBadge project={item.project} />
            ) : null}
            {item.isResolved ? null : (
              <Badge
                tone="warn"
                icon={Unlink}
                title={`${item.project} is not in the catalog: this ref cannot be followed`}
              >
                External · not in catalog
              </Badge>
            )}
            {item.access ? <AccessBadge access={item.access} /> : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
