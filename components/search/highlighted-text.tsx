import type { HighlightRange } from "@/lib/search/highlight";
import { cn } from "@/components/ui/cn";

export type HighlightedTextProps = {
  text: string;
  ranges: readonly HighlightRange[];
  className?: string;
};

/**
 * Text with its matches as <mark> elements. The text stays text (React
 * escapes it): descriptions come from manifests and are never HTML here.
 * Ranges out of order or out of bounds are skipped.
 */
export function HighlightedText({
  text,
  ranges,
  className,
}: HighlightedTextProps) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const { start, end } of ranges) {
    if (start < at || end <= start || end > text.length) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(
      <mark
        key={start}
        className="rounded-[3px] bg-accent/15 px-px font-medium text-fg ring-1 ring-accent/20"
      >
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <span className={cn(className)}>{parts}</span>;
}
