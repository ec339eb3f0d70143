import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

/** Identifiers or expressions (metrics, group-bys, filters) as a list of monospace chips. */
export function CodeList({
  items,
  label,
  className,
}: {
  items: string[];
  label: string;
  className?: string;
}) {
  if (items.length === 0) return <span className="text-fg-subtle">—</span>;
  return (
    <ul aria-label={label} className={cn("flex flex-wrap gap-1.5", className)}>
      {items.map((item, index) => (
        <li
          key={`${index}-${item}`}
          className="rounded-md bg-surface-muted px-1.5 py-0.5 font-mono text-xs break-all text-fg ring-1 ring-border ring-inset"
        >
          {item}
        </li>
      ))}
    </ul>
  );
}

/** A bordered panel for a definition (a metric's formula, a saved query's parameters). */
export function DefinitionPanel({ children }: { children: ReactNode }) {
  return (
    <div className="rounded-lg border border-border bg-surface px-5 py-4">
      {children}
    </div>
  );
}
