import { Check, Medal } from "lucide-react";
import { cn } from "@/components/ui/cn";
import type { PolicyLevel } from "@/lib/score/policy-types";

// Literal class names, so that Tailwind finds them.
const REACHED: Record<string, string> = {
  bronze: "bg-bronze/10 text-bronze ring-bronze/30",
  silver: "bg-silver/10 text-silver ring-silver/30",
  gold: "bg-gold/10 text-gold ring-gold/30",
};

/** The policy's levels in order, each marked reached, next, or later. */
export function LevelLadder({
  level,
  levels,
}: {
  level: string | null;
  levels: readonly PolicyLevel[];
}) {
  const reachedIndex = levels.findIndex((l) => l.id === level);
  return (
    <ol aria-label="Levels" className="flex flex-wrap items-center gap-1.5">
      {levels.map((l, i) => {
        const isReached = i <= reachedIndex;
        const isNext = i === reachedIndex + 1;
        return (
          <li
            key={l.id}
            title={l.description}
            className={cn(
              "inline-flex h-6 items-center gap-1 rounded-full px-2 text-xs font-medium ring-1 ring-inset",
              isReached
                ? (REACHED[l.id] ?? "bg-accent/10 text-accent ring-accent/30")
                : isNext
                  ? "border-dashed text-fg ring-border-strong"
                  : "text-fg-subtle ring-border",
            )}
          >
            {isReached ? (
              <Check aria-hidden className="size-3" strokeWidth={2.5} />
            ) : (
              <Medal aria-hidden className="size-3" />
            )}
            {l.title}
            <span className="sr-only">
              {isReached ? " (reached)" : isNext ? " (next)" : ""}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
