import { CircleCheck, CircleHelp, CircleX, TriangleAlert } from "lucide-react";
import { StackedBar } from "@/components/charts/stacked-bar";
import { cn } from "@/components/ui/cn";
import { formatCount } from "@/components/ui/format-number";
import { addOutcomeCounts } from "@/lib/artifacts/run-statuses";
import type { ProductUpstream } from "@/lib/db/queries/product-trust";
import type { TestCounts, TestSummary } from "@/lib/db/queries/test-summary";
import { judgeTestHealth, type TestHealthState } from "@/lib/score/test-health";

type Counts = TestCounts;

const HEALTH = {
  untested: [CircleHelp, "text-fg-muted"],
  failing: [CircleX, "text-fail"],
  warning: [TriangleAlert, "text-warn"],
  passing: [CircleCheck, "text-pass"],
  not_run: [CircleHelp, "text-fg-muted"],
} as const satisfies Record<TestHealthState, unknown>;

/** The worst news over the product's and its upstream's tests. */
export function TestsHeadline({
  own,
  upstream,
}: {
  own: TestSummary;
  upstream: TestCounts;
}) {
  const health = judgeTestHealth(addOutcomeCounts(own, upstream));
  const [Icon, className] = HEALTH[health.state];
  const text = health.label;
  return (
    <span className={cn("inline-flex items-center gap-1.5", className)}>
      <Icon aria-hidden className="size-4.5 shrink-0" />
      {text}
    </span>
  );
}

function describe(counts: Counts): string {
  if (counts.total === 0) return "no tests";
  const parts = [
    counts.passed ? `${formatCount(counts.passed)} pass` : null,
    counts.warned ? `${formatCount(counts.warned)} warn` : null,
    counts.failed ? `${formatCount(counts.failed)} fail` : null,
    counts.notRun ? `${formatCount(counts.notRun)} not run` : null,
  ].filter(Boolean);
  return `${formatCount(counts.total)} ${counts.total === 1 ? "test" : "tests"}: ${parts.join(", ")}`;
}

function CountsBar({ counts }: { counts: Counts }) {
  if (counts.total === 0) return null;
  return (
    <StackedBar
      className="h-1.5"
      parts={[
        { value: counts.passed, tone: "pass", label: `${counts.passed} pass` },
        { value: counts.warned, tone: "warn", label: `${counts.warned} warn` },
        { value: counts.failed, tone: "fail", label: `${counts.failed} fail` },
        {
          value: counts.notRun,
          tone: "skipped",
          label: `${counts.notRun} not run`,
        },
      ]}
    />
  );
}

/** Pass / warn / fail counts on the product and upstream of it, with how much upstream is tested. */
export function TestsFacts({
  own,
  upstream,
}: {
  own: TestSummary;
  upstream: ProductUpstream;
}) {
  return (
    <>
      <p>On the product: {describe(own)}</p>
      <CountsBar counts={own} />
      <p className="mt-1">
        Upstream: {describe(upstream.tests)}
        {upstream.nodeCount > 0
          ? `, on ${upstream.testedNodeCount} of ${upstream.nodeCount} ${upstream.nodeCount === 1 ? "node" : "nodes"}`
          : ""}
      </p>
      <CountsBar counts={upstream.tests} />
    </>
  );
}
