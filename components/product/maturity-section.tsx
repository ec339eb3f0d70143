import { Medal } from "lucide-react";
import { StackedBar } from "@/components/charts/stacked-bar";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { RelativeTime } from "@/components/ui/relative-time";
import { Section } from "@/components/ui/section";
import type { ProductScoreView, ScorePoint } from "@/lib/db/queries/scores";
import { LevelLadder } from "./level-ladder";
import { getLevelTitle } from "./levels";
import { NextLevelCard } from "./next-level-card";
import { RuleList } from "./rule-list";
import { ScoreHistory } from "./score-history";

// Literal class names, so that Tailwind finds them.
const LEVEL_TEXT: Record<string, string> = {
  bronze: "text-bronze",
  silver: "text-silver",
  gold: "text-gold",
};

/** Level and score at a glance, with the ladder of levels and the policy behind them. */
function LevelSummary({ score }: { score: ProductScoreView }) {
  const levelClass =
    (score.level && LEVEL_TEXT[score.level]) || "text-fg-muted";
  return (
    <Card>
      <CardHeader title="Level" />
      <CardBody className="flex flex-col gap-3">
        <div className="flex items-end justify-between gap-3">
          <p
            className={cn(
              "flex items-center gap-2 text-2xl font-semibold tracking-tight",
              levelClass,
            )}
          >
            <Medal aria-hidden className="size-6 shrink-0" />
            {getLevelTitle(score.level, score.levels)}
          </p>
          <p className="text-right text-fg">
            <span className="text-2xl font-semibold tabular-nums">
              {score.score}
            </span>
            <span className="text-[13px] text-fg-muted"> / 100</span>
          </p>
        </div>
        <StackedBar
          parts={[
            { value: score.score, tone: "accent", label: "score" },
            { value: 100 - score.score, tone: "neutral", label: "missing" },
          ]}
        />
        <LevelLadder level={score.level} levels={score.levels} />
        <p className="text-xs text-fg-muted">
          The level is the highest whose rules all pass; the score is the
          weighted share of rules that pass. Scored by{" "}
          <span className="text-fg">{score.policySource || "the policy"}</span>,{" "}
          <RelativeTime date={score.scoredAt} />.
        </p>
      </CardBody>
    </Card>
  );
}

/**
 * What to expect from the product: its level and score, what the next
 * level needs, its score over past ingests, and every rule with evidence.
 */
export function MaturitySection({
  score,
  history,
}: {
  score: ProductScoreView;
  history: readonly ScorePoint[];
}) {
  return (
    <Section
      id="maturity"
      title="Maturity"
      description="Scored at every ingest against the catalog's policy: what to expect from this product, and what it takes to do better."
    >
      <div className="flex flex-col gap-3">
        <div className="grid grid-cols-1 gap-3 md:grid-cols-2 *:min-w-0">
          <LevelSummary score={score} />
          <Card>
            <CardHeader title="Score history" />
            <CardBody>
              <ScoreHistory history={history} levels={score.levels} />
            </CardBody>
          </Card>
        </div>
        <NextLevelCard
          nextLevel={score.nextLevel}
          level={score.level}
          levels={score.levels}
        />
        <RuleList rules={score.rules} levels={score.levels} />
      </div>
    </Section>
  );
}
