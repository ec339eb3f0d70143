import { Card, CardHeader } from "@/components/ui/card";
import { formatCalendarDate } from "@/components/ui/format-time";
import type { PolicyLevel } from "@/lib/score/policy-types";
import type { RuleResult } from "@/lib/score/types";
import { getLevelTitle } from "./levels";
import { RuleStatusBadge } from "./rule-status-badge";
import { TextWithCode } from "./text-with-code";

/** One rule: its result, what the check found, and how to fix it when it fails. */
function RuleRow({ rule }: { rule: RuleResult }) {
  const isFailing = rule.status === "fail" || rule.status === "excepted";
  return (
    <li className="flex gap-3 px-4 py-2.5 text-[13px]">
      <div className="w-[4.75rem] shrink-0 pt-px">
        <RuleStatusBadge status={rule.status} severity={rule.severity} />
      </div>
      <div className="flex min-w-0 flex-1 flex-col gap-0.5">
        <p className="flex flex-wrap items-baseline gap-x-2 gap-y-0.5">
          <span className="font-medium text-fg">{rule.title}</span>
          <span className="font-mono text-[11px] text-fg-subtle">
            {rule.id}
            {rule.severity === "warn" ? " · warns only" : ""}
          </span>
        </p>
        {rule.evidence ? (
          <p className="break-words text-fg-muted">{rule.evidence}</p>
        ) : null}
        {rule.exception ? (
          <p className="text-xs text-fg-muted">
            <span className="font-medium text-fg">
              Exception
              {rule.exception.isExpired ? " (expired)" : ""}, until{" "}
              {formatCalendarDate(rule.exception.expires)}:
            </span>{" "}
            {rule.exception.reason}
          </p>
        ) : null}
        {isFailing && rule.advice ? (
          <p className="text-xs text-fg-muted">
            <span className="font-medium text-fg">How to fix: </span>
            <TextWithCode text={rule.advice} />
          </p>
        ) : null}
      </div>
    </li>
  );
}

function countPassing(rules: readonly RuleResult[]): number {
  return rules.filter((r) => r.status !== "fail").length;
}

/**
 * Every rule of the policy with its result, grouped by the level that
 * needs it, lowest level first; evidence always, advice when it fails.
 */
export function RuleList({
  rules,
  levels,
}: {
  rules: readonly RuleResult[];
  levels: readonly PolicyLevel[];
}) {
  const order = [...levels.map((l) => l.id), ""];
  const groups = order
    .map((level) => ({
      level,
      rules: rules.filter((r) =>
        level === ""
          ? !levels.some((l) => l.id === r.level)
          : r.level === level,
      ),
    }))
    .filter((g) => g.rules.length > 0);
  return (
    <div className="flex flex-col gap-3">
      {groups.map((group) => {
        const title = group.level
          ? `${getLevelTitle(group.level, levels)} rules`
          : "Other rules";
        return (
          <Card key={group.level || "other"}>
            <CardHeader
              title={title}
              description={`${countPassing(group.rules)} of ${group.rules.length} met`}
            />
            <ul aria-label={title} className="divide-y divide-border">
              {group.rules.map((rule) => (
                <RuleRow key={rule.id} rule={rule} />
              ))}
            </ul>
          </Card>
        );
      })}
    </div>
  );
}
