import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "./cn";

export type StatProps = {
  label: string;
  value: ReactNode;
  /** A short line under the value: what the number means or what to do. */
  hint?: ReactNode;
  icon?: LucideIcon;
  /** `attention` when the number is something to act on (unresolved refs). */
  tone?:
    | "default"
    | "attention"
    | "cross-project"
    | "public"
    | "bronze"
    | "silver"
    | "gold";
  className?: string;
};

const TONES = {
  default: "text-fg-subtle",
  attention: "text-warn",
  "cross-project": "text-cross-project",
  public: "text-public",
  bronze: "text-bronze",
  silver: "text-silver",
  gold: "text-gold",
} as const;

/** One headline number with its label, for summary rows. */
export function Stat({
  label,
  value,
  hint,
  icon: Icon,
  tone = "default",
  className,
}: StatProps) {
  return (
    <div
      className={cn(
        "flex min-w-0 flex-col gap-1 rounded-lg border border-border bg-surface px-4 py-3 shadow-xs shadow-black/[0.03]",
        className,
      )}
    >
      <dt className="flex items-center gap-1.5 text-xs font-medium text-fg-muted">
        {Icon ? (
          <Icon aria-hidden className={cn("size-3.5 shrink-0", TONES[tone])} />
        ) : null}
        {label}
      </dt>
      <dd className="text-2xl font-semibold tracking-tight text-fg tabular-nums">
        {value}
      </dd>
      {hint ? (
        <dd className="text-xs text-pretty text-fg-subtle">{hint}</dd>
      ) : null}
    </div>
  );
}

/** A row of Stats: a labelled group around a description list, so each number keeps its label. */
export function StatGrid({
  children,
  label,
  className,
}: {
  children: ReactNode;
  label: string;
  className?: string;
}) {
  return (
    <div role="group" aria-label={label}>
      <dl
        className={cn(
          "grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5",
          className,
        )}
      >
        {children}
      </dl>
    </div>
  );
}
