import type { GovernanceTrendPoint } from "@/lib/db/queries/governance";

/** Width of one run's bar in the chart's own units (the SVG stretches to fit). */
const BAR = 10;
const GAP = 2;
const HEIGHT = 100;

/**
 * Errors and warnings after each run, oldest first, as stacked bars. Drawn
 * as SVG with geometry attributes: the CSP forbids inline styles, so bars
 * sized by `style` would not be drawn at all.
 */
export function GovernanceTrend({ trend }: { trend: GovernanceTrendPoint[] }) {
  const max = Math.max(1, ...trend.map((p) => p.error + p.warn));
  const width = Math.max(1, trend.length) * (BAR + GAP) - GAP;
  const scale = (count: number) => (count / max) * HEIGHT;
  return (
    <figure>
      <svg
        role="img"
        aria-label={`Violations after each of the last ${trend.length} runs, oldest first: from ${trend[0]?.error ?? 0} errors and ${trend[0]?.warn ?? 0} warnings to ${trend.at(-1)?.error ?? 0} errors and ${trend.at(-1)?.warn ?? 0} warnings`}
        viewBox={`0 0 ${width} ${HEIGHT}`}
        preserveAspectRatio="none"
        className="h-28 w-full"
      >
        {trend.map((point, i) => {
          const errors = scale(point.error);
          const warnings = scale(point.warn);
          const x = i * (BAR + GAP);
          return (
            <g key={`${point.ranAt}-${i}`}>
              <title>
                {`${point.ranAt.slice(0, 16).replace("T", " ")} UTC${point.project ? ` (ingest of ${point.project})` : ""}: ${point.error} errors, ${point.warn} warnings`}
              </title>
              <rect
                x={x}
                y={HEIGHT - errors - warnings}
                width={BAR}
                height={warnings}
                className="fill-warn/70"
              />
              <rect
                x={x}
                y={HEIGHT - errors}
                width={BAR}
                height={errors}
                className="fill-error/80"
              />
              {/* A run without violations still shows as a baseline tick. */}
              <rect
                x={x}
                y={HEIGHT - 1}
                width={BAR}
                height={1}
                className="fill-border"
              />
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-2 flex gap-4 text-[12px] text-fg-muted">
        <span className="flex items-center gap-1.5">
          <span aria-hidden className="size-2.5 rounded-sm bg-error/80" />{" "}
          Errors
        </span>
        <span className="flex items-center gap-1.5">
          <span aria-hidden className="size-2.5 rounded-sm bg-warn/70" />{" "}
          Warnings
        </span>
        <span>
          {trend.length} {trend.length === 1 ? "run" : "runs"}, one after each
          ingest
        </span>
      </figcaption>
    </figure>
  );
}
