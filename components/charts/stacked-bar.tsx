"use client";

import { cn } from "@/components/ui/cn";

export type BarTone =
  | "pass"
  | "warn"
  | "fail"
  | "skipped"
  | "bronze"
  | "silver"
  | "gold"
  | "neutral"
  | "accent";

export type BarPart = { value: number; tone: BarTone; label: string };

// Literal class names, so that Tailwind finds them.
const FILLS: Record<BarTone, string> = {
  pass: "fill-pass",
  warn: "fill-warn",
  fail: "fill-fail",
  skipped: "fill-skipped/50",
  bronze: "fill-bronze",
  silver: "fill-silver",
  gold: "fill-gold",
  neutral: "fill-fg-subtle/40",
  accent: "fill-accent",
};

/**
 * Shares of a whole as one bar (tests by result, products by level). Drawn
 * as SVG rects whose widths are attributes, never style: the CSP allows it
 * and it needs no JavaScript. The parts' labels carry the numbers for
 * assistive technology; the bar itself is decoration.
 *
 * A client component only so that the SVG renders in one piece (see
 * LinePlot): the server still renders it to HTML.
 */
export function StackedBar({
  parts,
  className,
}: {
  parts: readonly BarPart[];
  className?: string;
}) {
  const total = parts.reduce((sum, p) => sum + Math.max(p.value, 0), 0);
  let offset = 0;
  return (
    <svg
      aria-hidden
      viewBox="0 0 100 1"
      preserveAspectRatio="none"
      className={cn(
        "h-2 w-full overflow-hidden rounded-full bg-surface-muted",
        className,
      )}
    >
      {total === 0
        ? null
        : parts.map((part) => {
            const width = (Math.max(part.value, 0) / total) * 100;
            const x = offset;
            offset += width;
            return width === 0 ? null : (
              <rect
                key={part.label}
                x={x}
                y={0}
                width={width}
                height={1}
                className={FILLS[part.tone]}
              >
                <title>{part.label}</title>
              </rect>
            );
          })}
    </svg>
  );
}
