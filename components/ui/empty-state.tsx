import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "./cn";

export type EmptyStateProps = {
  icon?: LucideIcon;
  title: ReactNode;
  description?: ReactNode;
  /** What the user can do next: a link or a command to run. */
  action?: ReactNode;
  className?: string;
};

/** Says plainly that there is nothing here yet, and what to do about it. */
export function EmptyState({
  icon: Icon,
  title,
  description,
  action,
  className,
}: EmptyStateProps) {
  return (
    <div
      className={cn(
        "flex flex-col items-center rounded-lg border border-dashed border-border-strong px-6 py-10 text-center",
        className,
      )}
    >
      {Icon ? (
        <div className="mb-3 grid size-10 place-items-center rounded-full bg-surface-muted ring-1 ring-border">
          <Icon aria-hidden className="size-5 text-fg-subtle" />
        </div>
      ) : null}
      <p className="text-sm font-semibold text-fg">{title}</p>
      {description ? (
        // w-full: wide content (a command in a <pre>) scrolls inside instead of widening the page.
        <div className="mt-1 w-full max-w-md text-[13px] text-pretty text-fg-muted">
          {description}
        </div>
      ) : null}
      {action ? <div className="mt-4">{action}</div> : null}
    </div>
  );
}
