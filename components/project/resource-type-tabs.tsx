import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { formatCount } from "@/components/ui/format-number";
import { ResourceTypeIcon } from "@/components/ui/resource-type-badge";
import {
  getResourceTypePluralLabel,
  type ResourceType,
} from "@/components/ui/resource-type";
import type { ResourceCount } from "./resource-counts";

/**
 * The switch between a project's resource types: links (the type is URL
 * state, so a list can be shared), the current one marked for assistive
 * technology. Wraps rather than hiding types off to the side.
 */
export function ResourceTypeTabs({
  counts,
  current,
  getHref,
}: {
  counts: ResourceCount[];
  current: ResourceType;
  getHref: (type: ResourceType) => string;
}) {
  return (
    <nav aria-label="Resource types">
      <ul className="flex flex-wrap gap-1.5">
        {counts.map(({ type, count }) => {
          const isCurrent = type === current;
          return (
            <li key={type}>
              <Link
                href={getHref(type)}
                aria-current={isCurrent ? "page" : undefined}
                className={cn(
                  "flex h-8 items-center gap-1.5 rounded-full border px-3 text-[13px] font-medium whitespace-nowrap transition-colors",
                  isCurrent
                    ? "border-fg bg-fg text-canvas"
                    : "border-border bg-surface text-fg-muted hover:border-border-strong hover:text-fg",
                )}
              >
                <ResourceTypeIcon
                  type={type}
                  isDecorative
                  className={cn("size-3.5", isCurrent && "text-canvas")}
                />
                {getResourceTypePluralLabel(type)}
                <span
                  className={cn(
                    "rounded-full px-1.5 text-[11px] leading-[18px] tabular-nums",
                    isCurrent
                      ? "bg-canvas/20 text-canvas"
                      : "bg-surface-muted text-fg-muted",
                  )}
                >
                  {formatCount(count)}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
