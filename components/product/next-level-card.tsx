import { CircleX, Trophy, TriangleAlert } from "lucide-react";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { PolicyLevel } from "@/lib/score/policy-types";
import type { MissingRule, NextLevel } from "@/lib/score/types";
import { getLevelTitle } from "./levels";
import { TextWithCode } from "./text-with-code";

function MissingList({
  label,
  rules,
  isBlocking,
}: {
  label: string;
  rules: readonly MissingRule[];
  isBlocking: boolean;
}) {
  const Icon = isBlocking ? CircleX : TriangleAlert;
  return (
    <ul aria-label={label} className="flex flex-col gap-3">
      {rules.map((rule) => (
        <li key={rule.id} className="flex gap-2.5 text-[13px]">
          <Icon
            aria-hidden
            className={
              isBlocking
                ? "mt-0.5 size-4 shrink-0 text-fail"
                : "mt-0.5 size-4 shrink-0 text-warn"
            }
          />
          <div className="flex min-w-0 flex-col gap-0.5">
            <p className="font-medium text-fg">
              {rule.title}{" "}
              <span className="font-mono text-[11px] font-normal text-fg-subtle">
                {rule.id}
              </span>
            </p>
            <p className="break-words text-fg-muted">
              <TextWithCode text={rule.evidence} />
            </p>
            <p className="text-xs text-fg-muted">
              <span className="font-medium text-fg">How to fix: </span>
              <TextWithCode text={rule.advice} />
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
}

/**
 * Exactly what the next level needs: the failing rules that block it (all
 * must pass) and the failing warn-only rules (reported, blocking nothing).
 */
export function NextLevelCard({
  nextLevel,
  level,
  levels,
}: {
  nextLevel: NextLevel | null;
  level: string | null;
  levels: readonly PolicyLevel[];
}) {
  if (!nextLevel)
    return (
      <Card>
        <CardBody className="flex items-start gap-3 text-[13px]">
          <Trophy aria-hidden className="mt-0.5 size-4 shrink-0 text-gold" />
          <p className="text-fg-muted">
            <span className="font-medium text-fg">
              {getLevelTitle(level, levels)} is the highest level.
            </span>{" "}
            Every rule it needs passes; keep them passing with every build.
          </p>
        </CardBody>
      </Card>
    );
  const title = getLevelTitle(nextLevel.level, levels);
  const { missing, warnings } = nextLevel;
  return (
    <Card>
      <CardHeader
        title={`To reach ${title}`}
        description={
          missing.length === 0
            ? "Nothing blocks it: the next ingest will record it."
            : `${missing.length} ${missing.length === 1 ? "rule blocks" : "rules block"} it; all must pass.`
        }
      />
      <CardBody className="flex flex-col gap-4">
        {missing.length > 0 ? (
          <MissingList label={`Blocking ${title}`} rules={missing} isBlocking />
        ) : null}
        {warnings.length > 0 ? (
          <div className="flex flex-col gap-2">
            <p className="text-xs font-medium text-fg-muted">
              Warnings: reported, not blocking
            </p>
            <MissingList
              label={`Warnings for ${title}`}
              rules={warnings}
              isBlocking={false}
            />
          </div>
        ) : null}
      </CardBody>
    </Card>
  );
}
