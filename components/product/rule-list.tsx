import { Card, CardHeader } from "@/components/ui/card";
import { formatCalendarDate } from "@/components/ui/format-time";
import type { PolicyLevel } from "@/lib/score/policy-types";
import type { RuleResult } from "@/lib/score/types";
import { getLevelTitle } from "./levels";
import { RuleStatusBadge } from "./rule-status-badge";
import { TextWithCode } from "./text-with-code";

/**
 * One rule: its result, then what the check found, and how to fix it when
 * it fails. On wide screens title and evidence share a line, so that a
 * passing rule takes one.
 */
function RuleRow({ rule }: { rule: RuleResult }) {
  const isFailing = rule.status === "fail" || rule.status === "excepted";
  const detail = "col-start-2 mt-1 text-xs text-fg-muted sm:col-end-4";
  return (
    <li className="grid grid-cols-[4.75rem_minmax(0,1fr)] gap-x-3 gap-y-0.5 px-4 py-2.5 text-[13px] sm:grid-cols-[4.75rem_16rem_minmax(0,1fr)]">
      <div className="row-span-2 pt-px sm:row-span-1">
        <RuleStatusBadge status={rule.status} severity={rule.severity} />
      </div>
      <p className="flex min-w-0 flex-col">
        <span className="font-medium text-fg">{rule.title}</span>
        <span className="font-mono text-[11px] leading-4 text-fg-subtle">
          {rule.id}
          {rule.severity === "warn" ? " · warns only" : ""}
        </span>
      </p>
      <p className="col-start-2 break-words text-fg-muted sm:col-start-3">
        {rule.evidence ? <TextWithCode text={rule.evidence} /> : "—"}
      </p>
      {rule.exception ? (
        <p className={detail}>
          <span className="font-medium text-fg">
            Exception
            {rule.exception.isExpired ? " (expired)" : ""}, until{" "}
            {formatCalendarDate(rule.exception.expires)}:
          </span>{" "}
          {rule.exception.reason}
        </p>
      ) : null}
      {isFailing && rule.advice ? (
        <p className={detail}>
          <span className="font-medium text-fg">How to fix: </span>
          <TextWithCode text={rule.advice} />
        </p>
      ) : null}
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
