import { ChevronRight } from "lucide-react";
import Link from "next/link";
import { cn } from "./cn";

export type Crumb = {
  label: string;
  /** Omit for the current page (the last crumb). */
  href?: string;
};

export type BreadcrumbsProps = {
  items: readonly Crumb[];
  className?: string;
};

/** Where this page sits: project › model. The last crumb is the current page. */
export function Breadcrumbs({ items, className }: BreadcrumbsProps) {
  return (
    <nav aria-label="Breadcrumb" className={cn("min-w-0", className)}>
      <ol className="flex flex-wrap items-center gap-1 text-[13px] text-fg-muted">
        {items.map((item, index) => {
          const isCurrent = index === items.length - 1;
          return (
            <li
              key={`${index}-${item.label}`}
              className="flex min-w-0 items-center gap-1"
            >
              {item.href && !isCurrent ? (
                <Link
                  href={item.href}
                  className="truncate rounded-sm hover:text-fg hover:underline hover:underline-offset-4"
                >
                  {item.label}
                </Link>
              ) : (
                <span
                  aria-current={isCurrent ? "page" : undefined}
                  className="truncate text-fg"
                >
                  {item.label}
                </span>
              )}
              {isCurrent ? null : (
                <ChevronRight
                  aria-hidden
                  className="size-3.5 shrink-0 text-fg-subtle"
                />
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
