import { StackedBar, type BarTone } from "@/components/charts/stacked-bar";
import { cn } from "@/components/ui/cn";
import type { PolicyLevel } from "@/lib/score/policy-types";
import { getLevelTitle } from "./levels";

const TONES: Record<string, BarTone> = {
  bronze: "bronze",
  silver: "silver",
  gold: "gold",
};

// Literal class names, so that Tailwind finds them.
const DOTS: Record<string, string> = {
  bronze: "bg-bronze",
  silver: "bg-silver",
  gold: "bg-gold",
};

export type LevelCount = { level: string | null; count: number };

/**
 * How many data products sit at each level: a bar of shares and a legend of
 * counts, best level first. The legend carries the numbers; the bar only
 * draws them.
 */
export function LevelDistribution({
  counts,
  levels,
  label,
  className,
}: {
  counts: readonly LevelCount[];
  levels: readonly PolicyLevel[];
  /** Names the legend: "Data products of finance by level". */
  label: string;
  className?: string;
}) {
  // Best first reads naturally: gold, silver, bronze, then below (when any).
  const ordered = [
    ...counts.filter((c) => c.level !== null).reverse(),
    ...counts.filter((c) => c.level === null && c.count > 0),
  ];
  return (
    <div className={cn("flex flex-col gap-2", className)}>
      <StackedBar
        parts={ordered.map((c) => ({
          value: c.count,
          tone: (c.level && TONES[c.level]) || "neutral",
          label: `${getLevelTitle(c.level, levels)}: ${c.count}`,
        }))}
      />
      <dl
        aria-label={label}
        className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-fg-muted"
      >
        {ordered.map((c) => (
          <div key={c.level ?? "none"} className="flex items-center gap-1.5">
            <span
              aria-hidden
              className={cn(
                "size-2 rounded-full",
                (c.level && DOTS[c.level]) || "bg-fg-subtle/40",
              )}
            />
            <dt>{getLevelTitle(c.level, levels)}</dt>
            <dd className="font-medium text-fg tabular-nums">{c.count}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
