import { ChevronRight } from "lucide-react";
import { cn } from "./cn";
import { CopyButton } from "./copy-button";
import { getLanguageName, highlightCode } from "./highlight";

export type CodeBlockProps = {
  code: string;
  /** dbt's `language` or a fence name: sql, python, yaml, json, shell, ... */
  language?: string;
  /** Shown in the header, e.g. "Compiled SQL"; required when collapsible. */
  title?: string;
  /** Render inside <details> so long code stays out of the way until asked for. */
  isCollapsible?: boolean;
  isDefaultOpen?: boolean;
  hasLineNumbers?: boolean;
  className?: string;
};

/**
 * Highlighted code, rendered on the server, with a copy button. Long blocks
 * scroll inside a bounded height rather than stretching the page.
 */
export function CodeBlock({
  code,
  language,
  title,
  isCollapsible = false,
  isDefaultOpen = false,
  hasLineNumbers = true,
  className,
}: CodeBlockProps) {
  const source = code.replace(/\s+$/, "");
  const languageName = getLanguageName(language);
  const lineCount = source === "" ? 0 : source.split("\n").length;
  const copyLabel = title ? `Copy ${title}` : "Copy code";
  const pre = (
    <pre
      tabIndex={0}
      className="max-h-[36rem] overflow-auto px-3 py-2.5 font-mono text-xs leading-5 text-fg"
    >
      <code
        className="code-lines"
        data-line-numbers={hasLineNumbers && lineCount > 1 ? "" : undefined}
      >
        {highlightCode(source, languageName)}
      </code>
    </pre>
  );
  const meta = (
    <span className="ml-auto flex items-center gap-2 font-mono text-[11px] text-fg-subtle">
      {languageName === "plaintext" ? null : <span>{languageName}</span>}
      <span>
        {lineCount} {lineCount === 1 ? "line" : "lines"}
      </span>
    </span>
  );
  const frame =
    "overflow-hidden rounded-lg border border-border bg-surface-sunken";

  if (isCollapsible) {
    return (
      <details open={isDefaultOpen} className={cn("group", frame, className)}>
        <summary className="flex h-9 cursor-pointer list-none items-center gap-2 px-3 text-xs font-medium text-fg-muted select-none hover:text-fg [&::-webkit-details-marker]:hidden">
          <ChevronRight
            aria-hidden
            className="size-3.5 shrink-0 transition-transform group-open:rotate-90"
          />
          <span>{title ?? "Code"}</span>
          {meta}
        </summary>
        <div className="relative border-t border-border">
          <CopyButton
            value={source}
            label={copyLabel}
            className="absolute top-1.5 right-1.5 bg-surface-sunken"
          />
          {pre}
        </div>
      </details>
    );
  }

  return (
    <figure className={cn(frame, className)}>
      <figcaption className="flex h-9 items-center gap-2 border-b border-border pr-1.5 pl-3 text-xs font-medium text-fg-muted">
        <span>{title ?? "Code"}</span>
        {meta}
        <CopyButton value={source} label={copyLabel} />
      </figcaption>
      {pre}
    </figure>
  );
}
