import { formatSeriesRange } from "@/components/charts/chart-dates";
import { LineChart, type ChartTone } from "@/components/charts/line-chart";
import { formatAbsoluteTime } from "@/components/ui/format-time";
import type { PolicyLevel } from "@/lib/score/policy-types";
import type { ScorePoint } from "@/lib/db/queries/scores";
import { getLevelTitle } from "./levels";

const TONES: Record<string, ChartTone> = {
  bronze: "bronze",
  silver: "silver",
  gold: "gold",
};

/** A product's score after each ingest, as a line; each dot in its level's colour. */
export function ScoreHistory({
  history,
  levels,
}: {
  history: readonly ScorePoint[];
  levels: readonly PolicyLevel[];
}) {
  if (history.length === 0)
    return <p className="text-[13px] text-fg-subtle">No score recorded yet.</p>;
  const range = formatSeriesRange(history);
  const points = history.map((point) => ({
    value: point.score,
    tone: (point.level && TONES[point.level]) || "neutral",
    description: `${formatAbsoluteTime(new Date(point.recordedAt))}: ${point.score}, ${getLevelTitle(point.level, levels).toLowerCase()}${point.cause === "consumers" ? " (another project's refs changed)" : ""}`,
  }));
  return (
    <div className="flex flex-col gap-2">
      <LineChart
        label={`Score after each of the last ${history.length} ${history.length === 1 ? "ingest" : "ingests"}`}
        points={points}
        max={100}
        start={range?.start}
        end={range?.end}
      />
      {history.length === 1 ? (
        <p className="text-xs text-fg-subtle">
          One ingest so far: each new upload of the project adds a point.
        </p>
      ) : null}
    </div>
  );
}
