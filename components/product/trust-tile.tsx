import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

/** One figure of the trust panel: what it is, the headline, and the facts behind it. */
export function TrustTile({
  icon: Icon,
  title,
  headline,
  children,
  className,
}: {
  icon: LucideIcon;
  title: string;
  headline: ReactNode;
  children?: ReactNode;
  className?: string;
}) {
  const id = `trust-${title.toLowerCase().replaceAll(/\W+/g, "-")}`;
  return (
    <section
      aria-labelledby={id}
      className={cn(
        "flex min-w-0 flex-col gap-2 rounded-lg border border-border bg-surface px-4 py-3 shadow-xs shadow-black/[0.03]",
        className,
      )}
    >
      <h3
        id={id}
        className="flex items-center gap-1.5 text-xs font-medium text-fg-muted"
      >
        <Icon aria-hidden className="size-3.5 shrink-0 text-fg-subtle" />
        {title}
      </h3>
      <div className="text-lg font-semibold tracking-tight text-fg">
        {headline}
      </div>
      {children ? (
        <div className="flex flex-col gap-1 text-xs text-fg-muted">
          {children}
        </div>
      ) : null}
    </section>
  );
}
