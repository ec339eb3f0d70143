import type { BadgeTone } from "@/components/ui/badge";
import type { PolicyLevel } from "@/lib/score/policy-types";

const TONES: Record<string, BadgeTone> = {
  bronze: "bronze",
  silver: "silver",
  gold: "gold",
};

/** The badge colour of a level: bronze, silver and gold have their own. */
export function toLevelTone(level: string | null): BadgeTone {
  return (level !== null && TONES[level]) || "neutral";
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1).replaceAll(/[_-]/g, " ");
}

/**
 * A level as people read it: the policy's title ("Silver"), the id when the
 * policy has no such level, and "Below bronze" (the first level) for null.
 */
export function getLevelTitle(
  level: string | null,
  levels: readonly PolicyLevel[],
): string {
  if (level === null) {
    const first = levels[0];
    return first ? `Below ${first.title.toLowerCase()}` : "No level";
  }
  return levels.find((l) => l.id === level)?.title ?? capitalize(level);
}

/** The level after `level` in the policy's order; the first level after null. */
export function getNextLevel(
  level: string | null,
  levels: readonly PolicyLevel[],
): PolicyLevel | null {
  if (level === null) return levels[0] ?? null;
  const index = levels.findIndex((l) => l.id === level);
  return index < 0 ? null : (levels[index + 1] ?? null);
}
