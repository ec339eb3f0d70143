import type { ReactNode } from "react";
import { cn } from "./cn";

type BoxProps = { children: ReactNode; className?: string };

/** A bordered surface that groups related content. */
export function Card({ children, className }: BoxProps) {
  return (
    <div
      className={cn(
        "rounded-lg border border-border bg-surface shadow-xs shadow-black/[0.03]",
        className,
      )}
    >
      {children}
    </div>
  );
}

export type CardHeaderProps = {
  title: ReactNode;
  description?: ReactNode;
  /** Buttons or links aligned to the right of the title. */
  actions?: ReactNode;
  className?: string;
};

/** Title row of a Card, separated from its body by a rule. */
export function CardHeader({
  title,
  description,
  actions,
  className,
}: CardHeaderProps) {
  return (
    <div
      className={cn(
        "flex items-start justify-between gap-4 border-b border-border px-4 py-3",
        className,
      )}
    >
      <div className="min-w-0">
        <h3 className="text-sm font-semibold text-fg">{title}</h3>
        {description ? (
          <p className="mt-0.5 text-[13px] text-fg-muted">{description}</p>
        ) : null}
      </div>
      {actions ? (
        <div className="flex shrink-0 items-center gap-2">{actions}</div>
      ) : null}
    </div>
  );
}

/** Padded content area of a Card. */
export function CardBody({ children, className }: BoxProps) {
  return <div className={cn("px-4 py-3", className)}>{children}</div>;
}
