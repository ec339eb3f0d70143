"use client";

import { cn } from "@/components/ui/cn";
import {
  VIEW_HEIGHT,
  VIEW_WIDTH,
  scaleY,
  spreadX,
  toAreaPath,
  toDotPath,
  toLinePath,
} from "./chart-geometry";
import type { ChartTone, LinePoint } from "./line-chart";

// Literal class names, so that Tailwind finds them.
const DOT_TONES: Record<ChartTone, string> = {
  accent: "stroke-accent",
  bronze: "stroke-bronze",
  silver: "stroke-silver",
  gold: "stroke-gold",
  neutral: "stroke-fg-subtle",
};

/**
 * The SVG of a line chart: grid lines at `ticks`, the area, the line and a
 * dot per point, from path attributes and classes, never style attributes.
 *
 * A client component although nothing here is interactive: React streams a
 * server component's elements in chunks once its payload row passes a few
 * kilobytes, and an element that arrives late inside an <svg> is streamed in
 * an `<svg style="display:none">` placeholder, which the CSP blocks. Drawn
 * here, the SVG is rendered in one piece from plain data.
 */
export function LinePlot({
  points,
  max,
  ticks,
}: {
  points: readonly LinePoint[];
  max: number;
  ticks: readonly number[];
}) {
  const xs = spreadX(points.length);
  const plotted = points.map((p, i) => ({
    x: xs[i] ?? 0,
    y: scaleY(p.value, max),
    point: p,
  }));
  const area = toAreaPath(plotted);
  return (
    <svg
      aria-hidden
      viewBox={`0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}`}
      preserveAspectRatio="none"
      className="absolute inset-0 size-full overflow-visible"
    >
      {ticks.map((tick) => (
        <path
          key={tick}
          d={`M0 ${scaleY(tick, max)} H${VIEW_WIDTH}`}
          vectorEffect="non-scaling-stroke"
          className={cn(
            "fill-none stroke-border",
            tick === 0 ? "" : "[stroke-dasharray:3_4]",
          )}
        />
      ))}
      {area ? <path d={area} className="fill-accent/10" /> : null}
      {plotted.length > 1 ? (
        <path
          d={toLinePath(plotted)}
          vectorEffect="non-scaling-stroke"
          className="fill-none stroke-accent [stroke-linejoin:round] [stroke-width:2]"
        />
      ) : null}
      {plotted.map(({ x, y, point }, i) => (
        <path
          key={i}
          d={toDotPath({ x, y })}
          vectorEffect="non-scaling-stroke"
          className={cn(
            "[stroke-linecap:round] [stroke-width:9]",
            DOT_TONES[point.tone ?? "accent"],
          )}
        >
          <title>{point.description}</title>
        </path>
      ))}
    </svg>
  );
}
