"use client";

import { Search } from "lucide-react";
import { useId, useState } from "react";
import { ResourceTypeIcon } from "@/components/ui/resource-type-badge";
import type { LineageElement, LineageNodeData } from "./lineage-data";
import { searchLineage } from "./lineage-search";

/**
 * Finds a node among those drawn: typing lists matches, choosing one (click,
 * or Enter for the first) highlights it and moves the canvas to it.
 */
export function LineageSearchBox({
  elements,
  onChoose,
}: {
  elements: readonly LineageElement[];
  onChoose: (node: LineageNodeData) => void;
}) {
  const [text, setText] = useState("");
  const [isOpen, setIsOpen] = useState(false);
  const listId = useId();
  const matches = searchLineage(elements, text);
  const choose = (node: LineageNodeData) => {
    onChoose(node);
    setIsOpen(false);
  };
  return (
    <div
      className="relative w-full sm:w-64"
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget))
          setIsOpen(false);
      }}
    >
      <Search
        aria-hidden
        className="pointer-events-none absolute top-1/2 left-2.5 size-3.5 -translate-y-1/2 text-fg-subtle"
      />
      <input
        type="search"
        value={text}
        placeholder="Find in graph"
        aria-label="Find a node in the graph"
        aria-controls={listId}
        aria-expanded={isOpen && text !== ""}
        role="combobox"
        aria-autocomplete="list"
        className="h-8 w-full rounded-md border border-border-strong bg-surface pr-2 pl-8 text-[13px] text-fg shadow-xs placeholder:text-fg-subtle"
        onChange={(event) => {
          setText(event.target.value);
          setIsOpen(true);
        }}
        onFocus={() => setIsOpen(true)}
        onKeyDown={(event) => {
          if (event.key === "Enter" && matches[0]) {
            event.preventDefault();
            choose(matches[0]);
          }
          if (event.key === "Escape") setIsOpen(false);
        }}
      />
      {isOpen && text.trim() !== "" ? (
        <ul
          id={listId}
          role="listbox"
          aria-label="Matching nodes"
          className="absolute right-0 left-0 z-20 mt-1 max-h-72 overflow-auto rounded-lg border border-border bg-surface p-1 shadow-lg"
        >
          {matches.length === 0 ? (
            <li className="px-2 py-1.5 text-[13px] text-fg-subtle">
              No node of this view matches.
            </li>
          ) : (
            matches.map((node) => (
              <li key={node.id} role="option" aria-selected={false}>
                <button
                  type="button"
                  onClick={() => choose(node)}
                  className="flex w-full items-center gap-2 rounded-md px-2 py-1.5 text-left text-[13px] hover:bg-surface-muted focus-visible:bg-surface-muted"
                >
                  <ResourceTypeIcon
                    type={node.resourceType}
                    isDecorative
                    className="size-3.5"
                  />
                  <span className="min-w-0 flex-1 truncate font-medium text-fg">
                    {node.name}
                    {node.version ? ` v${node.version}` : ""}
                  </span>
                  <span className="shrink-0 text-xs text-fg-subtle">
                    {node.project}
                  </span>
                </button>
              </li>
            ))
          )}
        </ul>
      ) : null}
    </div>
  );
}
