import { ChevronLeft, ChevronRight } from "lucide-react";
import type { ReactNode } from "react";
import Link from "next/link";
import { cn } from "./cn";
import { formatCount } from "./format-number";

export type PaginationProps = {
  page: number;
  pageSize: number;
  total: number;
  /** The href of a page, keeping the rest of the URL state. */
  getHref: (page: number) => string;
  /** What is counted: "models", "data tests". */
  noun: string;
  className?: string;
};

/**
 * Pages that exist around the current one: always the first and last, the
 * current one and its neighbours; gaps as null.
 */
export function getPageWindow(
  page: number,
  pageCount: number,
): (number | null)[] {
  const wanted = new Set(
    [1, pageCount, page - 1, page, page + 1].filter(
      (p) => p >= 1 && p <= pageCount,
    ),
  );
  const sorted = [...wanted].sort((a, b) => a - b);
  return sorted.flatMap((p, index) => {
    const previous = sorted[index - 1];
    if (previous === undefined || p === previous + 1) return [p];
    // A gap of one page is shown as that page rather than as an ellipsis.
    return p === previous + 2 ? [previous + 1, p] : [null, p];
  });
}

const ITEM =
  "inline-flex h-8 min-w-8 items-center justify-center gap-1 rounded-md px-2 text-[13px] font-medium tabular-nums";

/** "21–40 of 315 models" with previous/next and page links; nothing when one page holds all. */
export function Pagination({
  page,
  pageSize,
  total,
  getHref,
  noun,
  className,
}: PaginationProps) {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const first = Math.min(total, (page - 1) * pageSize + 1);
  const last = Math.min(total, page * pageSize);
  const range = (
    <p className="text-[13px] text-fg-muted tabular-nums">
      {total === 0
        ? `No ${noun}`
        : `${formatCount(first)}–${formatCount(last)} of ${formatCount(total)} ${noun}`}
    </p>
  );
  if (pageCount === 1) return <div className={className}>{range}</div>;
  return (
    <nav
      aria-label="Pagination"
      className={cn(
        "flex flex-wrap items-center justify-between gap-3",
        className,
      )}
    >
      {range}
      <ul className="flex flex-wrap items-center gap-1">
        <li>
          <PageLink
            href={page > 1 ? getHref(page - 1) : null}
            label="Previous page"
          >
            <ChevronLeft aria-hidden className="size-4" />
            <span className="max-sm:sr-only">Previous</span>
          </PageLink>
        </li>
        {getPageWindow(page, pageCount).map((p, index) =>
          p === null ? (
            <li
              key={`gap-${index}`}
              aria-hidden
              className={cn(ITEM, "text-fg-subtle")}
            >
              …
            </li>
          ) : (
            <li key={p}>
              {p === page ? (
                <span
                  aria-current="page"
                  className={cn(ITEM, "bg-fg text-canvas")}
                >
                  <span className="sr-only">Page </span>
                  {p}
                </span>
              ) : (
                <Link
                  href={getHref(p)}
                  className={cn(
                    ITEM,
                    "text-fg-muted hover:bg-surface-muted hover:text-fg",
                  )}
                >
                  <span className="sr-only">Page </span>
                  {p}
                </Link>
              )}
            </li>
          ),
        )}
        <li>
          <PageLink
            href={page < pageCount ? getHref(page + 1) : null}
            label="Next page"
          >
            <span className="max-sm:sr-only">Next</span>
            <ChevronRight aria-hidden className="size-4" />
          </PageLink>
        </li>
      </ul>
    </nav>
  );
}

function PageLink({
  href,
  label,
  children,
}: {
  href: string | null;
  label: string;
  children: ReactNode;
}) {
  if (href === null)
    return (
      <span
        aria-disabled="true"
        aria-label={label}
        className={cn(ITEM, "cursor-not-allowed text-fg-subtle/60")}
      >
        {children}
      </span>
    );
  return (
    <Link
      href={href}
      aria-label={label}
      className={cn(
        ITEM,
        "border border-border bg-surface text-fg hover:bg-surface-muted",
      )}
    >
      {children}
    </Link>
  );
}
