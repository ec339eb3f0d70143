import { Layers, Unlink } from "lucide-react";

/** An edge's stroke as the canvas draws it, for the legend. */
function LegendLine({
  className,
  strokeWidth,
  strokeDasharray,
}: {
  className: string;
  strokeWidth: number;
  strokeDasharray?: string;
}) {
  return (
    <svg aria-hidden width="28" height="6" className={className}>
      <line
        x1="0"
        y1="3"
        x2="28"
        y2="3"
        stroke="currentColor"
        strokeWidth={strokeWidth}
        strokeDasharray={strokeDasharray}
      />
    </svg>
  );
}

/** What the canvas's marks mean; the colours never carry a meaning alone. */
export function LineageLegend() {
  return (
    <ul
      aria-label="Legend"
      className="flex flex-wrap items-center gap-x-5 gap-y-1.5 text-xs text-fg-muted"
    >
      <li className="flex items-center gap-1.5">
        <span
          aria-hidden
          className="h-3 w-5 rounded-sm border-2 border-accent bg-accent/10"
        />
        Focus
      </li>
      <li className="flex items-center gap-1.5">
        <LegendLine
          className="text-cross-project"
          strokeWidth={2}
          strokeDasharray="6 3"
        />
        Cross-project edge
      </li>
      <li className="flex items-center gap-1.5">
        <LegendLine className="text-fg-subtle" strokeWidth={1.5} />
        Edge within a project
      </li>
      <li className="flex items-center gap-1.5">
        <LegendLine
          className="text-warn"
          strokeWidth={2}
          strokeDasharray="2 4"
        />
        Hidden dependency (a source reads the model, no ref)
      </li>
      <li className="flex items-center gap-1.5">
        <Unlink aria-hidden className="size-3.5 text-warn" />
        Not ingested (unresolved ref)
      </li>
      <li className="flex items-center gap-1.5">
        <Layers aria-hidden className="size-3.5 text-fg-subtle" />
        Folded group
      </li>
      <li>Sources start on the left; exposures end on the right.</li>
    </ul>
  );
}
