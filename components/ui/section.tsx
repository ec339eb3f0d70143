import type { ReactNode } from "react";
import { cn } from "./cn";

export type SectionProps = {
  /** Also the anchor target: `#<id>` links to the section. */
  id: string;
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
};

/** A titled region of a page (h2), announced as a landmark named by its title. */
export function Section({
  id,
  title,
  description,
  actions,
  children,
  className,
}: SectionProps) {
  const headingId = `${id}-title`;
  return (
    <section
      id={id}
      aria-labelledby={headingId}
      className={cn("scroll-mt-20", className)}
    >
      <div className="mb-3 flex flex-wrap items-end justify-between gap-x-4 gap-y-2">
        <div className="min-w-0">
          <h2
            id={headingId}
            className="text-base font-semibold tracking-tight text-fg"
          >
            {title}
          </h2>
          {description ? (
            <p className="mt-0.5 max-w-prose text-[13px] text-fg-muted">
              {description}
            </p>
          ) : null}
        </div>
        {actions ? (
          <div className="flex items-center gap-2">{actions}</div>
        ) : null}
      </div>
      {children}
    </section>
  );
}
