import { formatSeriesRange } from "@/components/charts/chart-dates";
import { LineChart } from "@/components/charts/line-chart";
import { formatAbsoluteTime } from "@/components/ui/format-time";
import type { TrendPoint } from "@/lib/db/queries/scoreboard";
import type { PolicyLevel } from "@/lib/score/policy-types";
import { getLevelTitle } from "../product/levels";

function describePoint(
  point: TrendPoint,
  levels: readonly PolicyLevel[],
): string {
  const mix = [...levels.map((l) => l.id).reverse(), "none"]
    .filter((id) => (point.levels[id] ?? 0) > 0)
    .map(
      (id) =>
        `${point.levels[id] ?? 0} ${getLevelTitle(id === "none" ? null : id, levels).toLowerCase()}`,
    )
    .join(", ");
  return `${formatAbsoluteTime(new Date(point.recordedAt))}: average ${point.averageScore} over ${point.products} products (${mix})`;
}

/** The project's average score after each of its last ingests. */
export function ScoreTrend({
  trend,
  levels,
}: {
  trend: readonly TrendPoint[];
  levels: readonly PolicyLevel[];
}) {
  if (trend.length === 0)
    return <p className="text-[13px] text-fg-subtle">No ingest scored yet.</p>;
  const range = formatSeriesRange(trend);
  const last = trend.at(-1);
  return (
    <div className="flex flex-col gap-2">
      <LineChart
        label={`Average score after each of the last ${trend.length} ${trend.length === 1 ? "ingest" : "ingests"}`}
        points={trend.map((point) => ({
          value: point.averageScore,
          description: describePoint(point, levels),
        }))}
        max={100}
        start={range?.start}
        end={range?.end}
      />
      {last ? (
        <p className="text-xs text-fg-muted">
          Latest: average{" "}
          <span className="font-medium text-fg tabular-nums">
            {last.averageScore}
          </span>{" "}
          over {last.products} products
          {trend.length === 1
            ? "; each new upload of the project adds a point."
            : "."}
        </p>
      ) : null}
    </div>
  );
}
