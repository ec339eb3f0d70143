import { formatChartRange } from "@/components/charts/chart-dates";
import { LineChart } from "@/components/charts/line-chart";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { formatDuration } from "@/components/ui/format-number";
import { formatAbsoluteTime } from "@/components/ui/format-time";
import type { ProductRuns, RunPoint } from "@/lib/db/queries/run-history";

/** "passed in 28 of the last 30 runs"; null before any run was recorded. */
export function describePassedRuns(
  passed: number,
  runs: number,
): string | null {
  if (runs === 0) return null;
  if (runs === 1)
    return passed === 1
      ? "passed in its only recorded run"
      : "did not pass in its only recorded run";
  return `passed in ${passed} of the last ${runs} runs`;
}

/** The product's own tests over its recorded runs, for the Tests tile. */
export function TestRunsLine({ runs }: { runs: ProductRuns }) {
  const text = describePassedRuns(runs.passedRuns, runs.runs);
  return text ? <p>Its tests {text}</p> : null;
}

// A rounded-up ceiling for the chart, so that its ticks read well.
function niceMax(value: number): number {
  if (value <= 0) return 1;
  const step = 10 ** Math.floor(Math.log10(value));
  return Math.ceil(value / step) * step;
}

/** How long the product took to build in each of its recorded runs. */
export function BuildTimeCard({ builds }: { builds: readonly RunPoint[] }) {
  const timed = builds.filter(
    (b): b is RunPoint & { executionTime: number } => b.executionTime !== null,
  );
  const first = timed[0];
  const last = timed.at(-1);
  if (!first || !last) return null;
  if (timed.length === 1)
    return (
      <Card>
        <CardHeader
          title="Build time"
          description={`${formatDuration(last.executionTime)} in its only recorded run; each run uploaded adds a point to its trend.`}
        />
      </Card>
    );
  const range = formatChartRange(first.generatedAt, last.generatedAt);
  return (
    <Card>
      <CardHeader
        title="Build time"
        description={`Its own build in each of its last ${timed.length} recorded runs; latest ${formatDuration(last.executionTime)}.`}
      />
      <CardBody>
        <LineChart
          label={`Build time over the last ${timed.length} runs`}
          points={timed.map((b) => ({
            value: b.executionTime,
            description: `${formatAbsoluteTime(new Date(b.generatedAt))}: ${formatDuration(b.executionTime)} (${b.status})`,
          }))}
          max={niceMax(Math.max(...timed.map((b) => b.executionTime)))}
          formatValue={(value) => `${value}s`}
          start={range.start}
          end={range.end}
        />
      </CardBody>
    </Card>
  );
}
