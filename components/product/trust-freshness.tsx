import {
  CircleCheck,
  CircleDashed,
  CircleHelp,
  Clock,
  ClockAlert,
} from "lucide-react";
import { formatAge } from "@/components/ui/format-number";
import { cn } from "@/components/ui/cn";
import type {
  FreshnessAssessment,
  FreshnessState,
} from "@/lib/score/freshness-assessment";
import { FRESHNESS_LABELS } from "@/lib/score/freshness-assessment";

const STATES = {
  fresh: { icon: CircleCheck, className: "text-fresh" },
  aging: { icon: Clock, className: "text-aging" },
  stale: { icon: ClockAlert, className: "text-stale" },
  not_checked: { icon: CircleDashed, className: "text-fg-muted" },
  unmeasurable: { icon: CircleHelp, className: "text-fg-muted" },
  no_sla: { icon: CircleHelp, className: "text-fg-muted" },
} as const satisfies Record<FreshnessState, unknown>;

export function FreshnessHeadline({ state }: { state: FreshnessState }) {
  const { icon: Icon, className } = STATES[state];
  const label = FRESHNESS_LABELS[state];
  return (
    <span className={cn("inline-flex items-center gap-1.5", className)}>
      <Icon aria-hidden className="size-4.5 shrink-0" />
      {label}
    </span>
  );
}

function describeBuild({ build }: FreshnessAssessment): string {
  if (build.ageSeconds === null) return "No build in the last run";
  const age = `Built ${formatAge(build.ageSeconds)} ago`;
  switch (build.kind) {
    case "met":
      return `${age}, within its SLA`;
    case "late":
      return `${age}, over its SLA`;
    case "unmeasurable":
    case "none":
      return age;
  }
}

function describeSla({ declared, isSlaDefined, sources }: FreshnessAssessment) {
  if (declared)
    return (
      <>
        SLA <span className="font-medium text-fg">{declared.value}</span>{" "}
        <span className="font-mono text-[11px] text-fg-subtle">
          {declared.origin}
        </span>
      </>
    );
  if (isSlaDefined)
    return `SLA set by the freshness criteria of its ${sources.length === 1 ? "upstream source" : `${sources.length} upstream sources`}`;
  return "No SLA declared on the model";
}

function describeSources({ sources }: FreshnessAssessment): string {
  const checkable = sources.filter((s) => s.state !== "none");
  const noun = (n: number) => (n === 1 ? "source" : "sources");
  if (sources.length === 0) return "No sources upstream in its project";
  if (checkable.length === 0)
    return `${sources.length} upstream ${noun(sources.length)}, none with freshness criteria`;
  const unchecked = checkable.filter((s) => s.state === "not_checked").length;
  const checked = checkable.length - unchecked;
  if (checked === 0)
    return `${checkable.length} upstream ${noun(checkable.length)} with freshness criteria, not checked (no freshness result)`;
  const fresh = checkable.filter((s) => s.state === "fresh").length;
  return `${fresh} of ${checked} upstream ${noun(checked)} fresh${unchecked > 0 ? `, ${unchecked} not checked` : ""}`;
}

/** The SLA, the build's age against it, and the upstream sources' last checks. */
export function FreshnessFacts({
  assessment,
}: {
  assessment: FreshnessAssessment;
}) {
  return (
    <>
      <p>{describeSla(assessment)}</p>
      <p>{describeBuild(assessment)}</p>
      <p>{describeSources(assessment)}</p>
    </>
  );
}
