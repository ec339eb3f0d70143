import { CircleCheck, CircleHelp, Clock, ClockAlert } from "lucide-react";
import { formatAge } from "@/components/ui/format-number";
import { cn } from "@/components/ui/cn";
import type { UpstreamSourceView } from "@/lib/db/queries/product-trust";
import type { BuildFreshness, FreshnessVerdict } from "@/lib/score/sla";

const STATES = {
  fresh: { icon: CircleCheck, className: "text-fresh" },
  aging: { icon: Clock, className: "text-aging" },
  stale: { icon: ClockAlert, className: "text-stale" },
  unknown: { icon: CircleHelp, className: "text-fg-muted" },
} as const;

export function FreshnessHeadline({ verdict }: { verdict: FreshnessVerdict }) {
  const { icon: Icon, className } = STATES[verdict.state];
  return (
    <span className={cn("inline-flex items-center gap-1.5", className)}>
      <Icon aria-hidden className="size-4.5 shrink-0" />
      {verdict.label}
    </span>
  );
}

function describeBuild(build: BuildFreshness): string {
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

/** The SLA, the build's age against it, and the upstream sources' last checks. */
export function FreshnessFacts({
  build,
  sources,
}: {
  build: BuildFreshness;
  sources: readonly UpstreamSourceView[];
}) {
  const withCriteria = sources.filter((s) => s.criteria !== null);
  const fresh = withCriteria.filter(
    (s) => s.result?.status.toLowerCase() === "pass",
  ).length;
  return (
    <>
      <p>
        {build.sla ? (
          <>
            SLA <span className="font-medium text-fg">{build.sla.value}</span>{" "}
            <span className="font-mono text-[11px] text-fg-subtle">
              {build.sla.origin}
            </span>
          </>
        ) : (
          "No SLA declared on the model"
        )}
      </p>
      <p>{describeBuild(build)}</p>
      <p>
        {sources.length === 0
          ? "No sources upstream in its project"
          : withCriteria.length === 0
            ? `${sources.length} upstream ${sources.length === 1 ? "source" : "sources"}, none with freshness criteria`
            : `${fresh} of ${withCriteria.length} upstream ${withCriteria.length === 1 ? "source" : "sources"} fresh`}
      </p>
    </>
  );
}
