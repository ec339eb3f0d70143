import type { ReactNode } from "react";
import { Breadcrumbs, type Crumb } from "./breadcrumbs";
import { cn } from "./cn";

export type PageHeaderProps = {
  title: ReactNode;
  description?: ReactNode;
  breadcrumbs?: readonly Crumb[];
  /** Small line above the title: a resource type or project badge. */
  eyebrow?: ReactNode;
  /** Badges and facts under the title: access, maturity, owner. */
  meta?: ReactNode;
  /** Buttons aligned to the right of the title. */
  actions?: ReactNode;
  className?: string;
};

/** The top of a page: breadcrumbs, the page's only h1, a description and actions. */
export function PageHeader({
  title,
  description,
  breadcrumbs,
  eyebrow,
  meta,
  actions,
  className,
}: PageHeaderProps) {
  return (
    <header className={cn("mb-6 flex flex-col gap-3 sm:mb-8", className)}>
      {breadcrumbs && breadcrumbs.length > 0 ? (
        <Breadcrumbs items={breadcrumbs} />
      ) : null}
      <div className="flex flex-wrap items-start justify-between gap-x-6 gap-y-3">
        <div className="flex min-w-0 flex-col gap-1.5">
          {eyebrow ? (
            <div className="flex flex-wrap items-center gap-2">{eyebrow}</div>
          ) : null}
          <h1 className="text-xl font-semibold tracking-tight break-words text-fg sm:text-2xl">
            {title}
          </h1>
          {description ? (
            <div className="max-w-3xl text-sm text-pretty text-fg-muted">
              {description}
            </div>
          ) : null}
        </div>
        {actions ? (
          <div className="flex shrink-0 items-center gap-2">{actions}</div>
        ) : null}
      </div>
      {meta ? (
        <div className="flex flex-wrap items-center gap-2">{meta}</div>
      ) : null}
    </header>
  );
}
