import { ChevronLeft, ChevronRight } from "lucide-react";
import Link from "next/link";
import { getButtonClasses } from "@/components/ui/button";
import { buildSearchHref, type SearchPageState } from "@/lib/search/search-url";

export type SearchPaginationProps = {
  state: SearchPageState;
  pageCount: number;
};

/** Previous and next page links; absent when everything fits on one page. */
export function SearchPagination({ state, pageCount }: SearchPaginationProps) {
  if (pageCount <= 1) return null;
  const linkClasses = getButtonClasses({ variant: "secondary", size: "sm" });
  const disabled = `${linkClasses} pointer-events-none opacity-50`;
  const pageHref = (page: number) => buildSearchHref({ ...state, page });
  return (
    <nav
      aria-label="Pages"
      className="flex items-center justify-between gap-3 border-t border-border px-4 py-3"
    >
      {state.page > 1 ? (
        <Link
          href={pageHref(state.page - 1)}
          className={linkClasses}
          rel="prev"
        >
          <ChevronLeft aria-hidden className="size-3.5" /> Previous
        </Link>
      ) : (
        <span aria-hidden className={disabled}>
          <ChevronLeft className="size-3.5" /> Previous
        </span>
      )}
      <p className="text-xs text-fg-muted tabular-nums">
        Page {state.page} of {pageCount}
      </p>
      {state.page < pageCount ? (
        <Link
          href={pageHref(state.page + 1)}
          className={linkClasses}
          rel="next"
        >
          Next <ChevronRight aria-hidden className="size-3.5" />
        </Link>
      ) : (
        <span aria-hidden className={disabled}>
          Next <ChevronRight className="size-3.5" />
        </span>
      )}
    </nav>
  );
}
