import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "./cn";

export type BadgeTone =
  | "neutral"
  | "accent"
  | "public"
  | "protected"
  | "private"
  | "pass"
  | "warn"
  | "fail"
  | "error"
  | "skipped"
  | "fresh"
  | "aging"
  | "stale"
  | "cross-project"
  | "bronze"
  | "silver"
  | "gold";

// Literal class names so that Tailwind finds them when it scans this file.
const TONE_CLASSES: Record<BadgeTone, string> = {
  neutral: "bg-surface-muted text-fg-muted ring-border-strong/70",
  accent: "bg-accent/10 text-accent ring-accent/25",
  public: "bg-public/10 text-public ring-public/25",
  protected: "bg-protected/10 text-protected ring-protected/25",
  private: "bg-private/10 text-private ring-private/25",
  pass: "bg-pass/10 text-pass ring-pass/25",
  warn: "bg-warn/10 text-warn ring-warn/25",
  fail: "bg-fail/10 text-fail ring-fail/25",
  error: "bg-error/10 text-error ring-error/25",
  skipped: "bg-skipped/10 text-skipped ring-skipped/25",
  fresh: "bg-fresh/10 text-fresh ring-fresh/25",
  aging: "bg-aging/10 text-aging ring-aging/25",
  stale: "bg-stale/10 text-stale ring-stale/25",
  "cross-project":
    "bg-cross-project/10 text-cross-project ring-cross-project/25",
  bronze: "bg-bronze/10 text-bronze ring-bronze/25",
  silver: "bg-silver/10 text-silver ring-silver/25",
  gold: "bg-gold/10 text-gold ring-gold/25",
};

export type BadgeProps = {
  children: ReactNode;
  tone?: BadgeTone;
  /** `pill` for counts and tags, `rounded` (default) for statuses and kinds. */
  shape?: "rounded" | "pill";
  icon?: LucideIcon;
  /** Supplementary hint shown on hover; the label itself must carry the meaning. */
  title?: string;
  className?: string;
};

/** A short label with a semantic colour, an optional icon and a quiet outline. */
export function Badge({
  children,
  tone = "neutral",
  shape = "rounded",
  icon: Icon,
  title,
  className,
}: BadgeProps) {
  return (
    <span
      title={title}
      className={cn(
        "inline-flex h-5 shrink-0 items-center gap-1 px-1.5 text-xs/none font-medium whitespace-nowrap ring-1 ring-inset",
        shape === "pill" ? "rounded-full px-2" : "rounded-md",
        TONE_CLASSES[tone],
        className,
      )}
    >
      {Icon ? (
        <Icon aria-hidden className="size-3 shrink-0" strokeWidth={2.25} />
      ) : null}
      {children}
    </span>
  );
}

export type PillProps = Omit<BadgeProps, "shape">;

/** A rounded Badge, for tags and counts. */
export function Pill(props: PillProps) {
  return <Badge {...props} shape="pill" />;
}
