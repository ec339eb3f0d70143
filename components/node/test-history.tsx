import { getRunStatusAppearance } from "@/components/ui/status-badge";
import { Section } from "@/components/ui/section";
import { cn } from "@/components/ui/cn";
import { formatAbsoluteTime } from "@/components/ui/format-time";
import { classifyRunStatus } from "@/lib/artifacts/run-statuses";
import type { RunPoint } from "@/lib/db/queries/run-history";
import { describePassedRuns } from "../product/run-history";

// Literal class names so that Tailwind finds them.
const OUTCOME_CLASSES = {
  passed: "bg-pass",
  warned: "bg-warn",
  failed: "bg-fail",
  notRun: "bg-skipped/60",
} as const;

/** A test's result in each of its recorded runs, oldest first, one mark per run. */
export function TestHistory({ runs }: { runs: readonly RunPoint[] }) {
  if (runs.length === 0) return null;
  const passed = runs.filter(
    (r) => classifyRunStatus(r.status) === "passed",
  ).length;
  return (
    <Section
      id="history"
      title="History"
      description={`It ${describePassedRuns(passed, runs.length) ?? ""}${runs.length > 1 ? "; oldest first" : ""}.`}
    >
      <ol aria-label="Recorded runs" className="flex flex-wrap gap-1">
        {runs.map((run) => {
          const label = `${formatAbsoluteTime(new Date(run.generatedAt))}: ${getRunStatusAppearance(run.status).label}`;
          return (
            <li
              key={run.invocationId}
              title={label}
              aria-label={label}
              className={cn(
                "h-6 w-2.5 rounded-sm",
                OUTCOME_CLASSES[classifyRunStatus(run.status)],
              )}
            />
          );
        })}
      </ol>
    </Section>
  );
}
