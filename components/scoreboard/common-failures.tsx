import { StackedBar } from "@/components/charts/stacked-bar";
import { Card } from "@/components/ui/card";
import type { CommonFailure } from "@/lib/db/queries/scoreboard";
import type { PolicyLevel } from "@/lib/score/policy-types";
import { LevelBadge } from "../product/level-badge";
import { TextWithCode } from "../product/text-with-code";

/** The rules most products fail, each with how many, the level it blocks, and how to fix it. */
export function CommonFailures({
  failures,
  total,
  levels,
}: {
  failures: readonly CommonFailure[];
  /** All of the project's products, for "fails for 5 of 13". */
  total: number;
  levels: readonly PolicyLevel[];
}) {
  if (failures.length === 0)
    return (
      <p className="rounded-lg border border-dashed border-border-strong px-4 py-3 text-[13px] text-fg-muted">
        No product fails a rule: every product meets every rule of the policy.
      </p>
    );
  return (
    <Card>
      <ol
        aria-label="Most common failing rules"
        className="divide-y divide-border"
      >
        {failures.map((failure) => (
          <li
            key={failure.ruleId}
            className="flex flex-col gap-1.5 px-4 py-3 text-[13px]"
          >
            <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
              <span className="font-medium text-fg">{failure.title}</span>
              <span className="font-mono text-[11px] text-fg-subtle">
                {failure.ruleId}
              </span>
              {failure.level ? (
                <LevelBadge level={failure.level} levels={levels} />
              ) : null}
              {failure.severity === "warn" ? (
                <span className="text-xs text-fg-subtle">warns only</span>
              ) : null}
              <span className="ml-auto text-xs text-fg-muted tabular-nums">
                fails for{" "}
                <span className="font-medium text-fg">{failure.count}</span> of{" "}
                {total}
              </span>
            </div>
            <StackedBar
              className="h-1.5"
              parts={[
                { value: failure.count, tone: "fail", label: "failing" },
                {
                  value: total - failure.count,
                  tone: "neutral",
                  label: "passing",
                },
              ]}
            />
            {failure.advice ? (
              <p className="text-xs text-fg-muted">
                <span className="font-medium text-fg">How to fix: </span>
                <TextWithCode text={failure.advice} />
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </Card>
  );
}
