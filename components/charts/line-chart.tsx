import { cn } from "@/components/ui/cn";
import { LinePlot } from "./line-plot";

export type ChartTone = "accent" | "bronze" | "silver" | "gold" | "neutral";

export type LinePoint = {
  value: number;
  /** What the point is, for its tooltip and the screen-reader list: "21 Nov 2026: 82, silver". */
  description: string;
  tone?: ChartTone;
};

/**
 * A small line chart: a line and area from path attributes and Tailwind
 * classes, no style attributes (the CSP forbids them), rendered on the
 * server so that it shows without JavaScript. The SVG (LinePlot) stretches
 * to its box; axis labels are HTML so that they never stretch with it.
 */
export function LineChart({
  label,
  points,
  max,
  start,
  end,
  formatValue = String,
  className,
}: {
  /** Names the chart for assistive technology and titles its data list. */
  label: string;
  points: readonly LinePoint[];
  /** The value at the top of the plot (the bottom is 0). */
  max: number;
  /** Under the first and last point: their dates. */
  start?: string;
  end?: string;
  formatValue?: (value: number) => string;
  className?: string;
}) {
  const ticks = [max, max / 2, 0];
  return (
    <figure className={cn("flex flex-col gap-1.5", className)}>
      <div className="flex gap-2">
        <div
          aria-hidden
          className="relative w-7 shrink-0 text-right text-[11px] text-fg-subtle tabular-nums"
        >
          {ticks.map((tick, i) => (
            <span
              key={tick}
              className={cn(
                "absolute right-0 -translate-y-1/2",
                TICK_POSITIONS[i],
              )}
            >
              {formatValue(Math.round(tick))}
            </span>
          ))}
        </div>
        <div className="relative h-32 min-w-0 flex-1">
          <LinePlot points={points} max={max} ticks={ticks} />
        </div>
      </div>
      {start || end ? (
        <div
          aria-hidden
          className={cn(
            "flex pl-9 text-[11px] text-fg-subtle",
            points.length === 1 ? "justify-center" : "justify-between",
          )}
        >
          <span>{start}</span>
          {points.length > 1 ? <span>{end}</span> : null}
        </div>
      ) : null}
      <figcaption className="sr-only">
        {label}
        <ol>
          {points.map((p, i) => (
            <li key={i}>{p.description}</li>
          ))}
        </ol>
      </figcaption>
    </figure>
  );
}

// Where the top, middle and bottom ticks sit: PAD_Y of VIEW_HEIGHT from each edge.
const TICK_POSITIONS = ["top-[6.25%]", "top-1/2", "top-[93.75%]"] as const;
