import { CircleDashed, Medal } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import type { PolicyLevel } from "@/lib/score/policy-types";
import { getLevelTitle, toLevelTone } from "./levels";

export type LevelBadgeProps = {
  /** A level id of the policy, or null below its first level. */
  level: string | null;
  levels: readonly PolicyLevel[];
  /** Shown after the level: "Silver · 82". */
  score?: number;
  className?: string;
};

/**
 * A product's maturity level in its colour (bronze, silver and gold have
 * their own; a policy's other levels are neutral), optionally with its score.
 */
export function LevelBadge({
  level,
  levels,
  score,
  className,
}: LevelBadgeProps) {
  const title = getLevelTitle(level, levels);
  const label = score === undefined ? title : `${title} · ${score}`;
  const hint =
    level === null
      ? "Not yet at the first maturity level"
      : levels.find((l) => l.id === level)?.description;
  return (
    <Badge
      tone={toLevelTone(level)}
      icon={level === null ? CircleDashed : Medal}
      title={hint}
      className={className}
    >
      {label}
    </Badge>
  );
}
