import { ChevronRight, Waypoints } from "lucide-react";
import { cn } from "@/components/ui/cn";
import type { PathStep } from "./impact-summary";

/**
 * How a node depends on the focus: the chain of nodes from the focus to it.
 * A hop into another project is marked (icon and colour) and names the
 * project it enters.
 */
export function ImpactPath({ steps }: { steps: PathStep[] }) {
  return (
    <ol
      aria-label="Path from the focus"
      className="flex flex-wrap items-center gap-x-1 gap-y-0.5 font-mono text-xs text-fg-muted"
    >
      {steps.map((step, i) => (
        <li key={step.id} className="flex items-center gap-1">
          {i === 0 ? null : step.isCrossProject ? (
            <span className="flex items-center gap-0.5 font-sans text-cross-project">
              <Waypoints aria-hidden className="size-3" />
              <span className="sr-only">into project</span>
              {step.project}
              <ChevronRight aria-hidden className="size-3" />
            </span>
          ) : (
            <ChevronRight aria-hidden className="size-3 text-fg-subtle" />
          )}
          <span
            className={cn(
              i === steps.length - 1 && "font-medium text-fg",
              i === 0 && "text-fg-subtle",
            )}
          >
            {step.name}
          </span>
        </li>
      ))}
    </ol>
  );
}
