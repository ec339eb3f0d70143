import type { GovernanceTrendPoint } from "@/lib/db/queries/governance";

/** Errors and warnings after each run, oldest first, as stacked bars. */
export function GovernanceTrend({ trend }: { trend: GovernanceTrendPoint[] }) {
  const max = Math.max(1, ...trend.map((p) => p.error + p.warn));
  return (
    <figure>
      <ol
        aria-label="Violations after each run, oldest first"
        className="flex h-28 items-end gap-1"
      >
        {trend.map((point, i) => (
          <li
            key={`${point.ranAt}-${i}`}
            className="flex h-full flex-1 flex-col justify-end"
            title={`${point.ranAt.slice(0, 16).replace("T", " ")} UTC${point.project ? ` (ingest of ${point.project})` : ""}: ${point.error} errors, ${point.warn} warnings`}
          >
            <span className="sr-only">
              Run {i + 1}: {point.error} errors, {point.warn} warnings
            </span>
            <div
              className="rounded-t-sm bg-warn/70"
              style={{ height: `${(point.warn / max) * 100}%` }}
            />
            <div
              className="bg-error/80"
              style={{ height: `${(point.error / max) * 100}%` }}
            />
          </li>
        ))}
      </ol>
      <figcaption className="mt-2 flex gap-4 text-[12px] text-fg-muted">
        <span className="flex items-center gap-1.5">
          <span aria-hidden className="size-2.5 rounded-sm bg-error/80" />{" "}
          Errors
        </span>
        <span className="flex items-center gap-1.5">
          <span aria-hidden className="size-2.5 rounded-sm bg-warn/70" />{" "}
          Warnings
        </span>
        <span>{trend.length} runs, one after each ingest</span>
      </figcaption>
    </figure>
  );
}
