"use client";

import { AccessBadge } from "@/components/ui/access-badge";
import { cn } from "@/components/ui/cn";
import { ResourceTypeIcon } from "@/components/ui/resource-type-badge";
import {
  getResourceTypeLabel,
  toResourceType,
} from "@/components/ui/resource-type";
import { HighlightedText } from "./highlighted-text";
import type { Suggestion } from "./use-search-suggestions";

export type SuggestionOptionProps = {
  id: string;
  suggestion: Suggestion;
  isActive: boolean;
  onChoose: () => void;
  onHover: () => void;
};

/** One typeahead suggestion: type icon, highlighted name, project and type, access. */
export function SuggestionOption({
  id,
  suggestion,
  isActive,
  onChoose,
  onHover,
}: SuggestionOptionProps) {
  return (
    <li
      id={id}
      role="option"
      aria-selected={isActive}
      // Keep focus in the input, so that a click does not close the list first.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onChoose}
      onMouseMove={onHover}
      className={cn(
        "mx-1 flex cursor-pointer items-center gap-2.5 rounded-md px-2.5 py-1.5",
        isActive && "bg-surface-muted",
      )}
    >
      <ResourceTypeIcon type={suggestion.resourceType} />
      <span className="flex min-w-0 flex-1 flex-col">
        <span className="truncate font-mono text-[13px] text-fg">
          <HighlightedText
            text={suggestion.name}
            ranges={suggestion.nameHighlights}
          />
          {suggestion.version ? (
            <span className="text-fg-subtle"> v{suggestion.version}</span>
          ) : null}
        </span>
        <span className="truncate text-xs text-fg-muted">
          {suggestion.project} ·{" "}
          {getResourceTypeLabel(toResourceType(suggestion.resourceType))}
        </span>
      </span>
      {suggestion.access ? <AccessBadge access={suggestion.access} /> : null}
    </li>
  );
}
