"use client";

import { CornerDownLeft, LoaderCircle, Search } from "lucide-react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useId, useRef, useState, type KeyboardEvent } from "react";
import { cn } from "@/components/ui/cn";
import { buildSearchHref } from "@/lib/search/search-url";
import { SuggestionOption } from "./suggestion-option";
import { useSearchSuggestions } from "./use-search-suggestions";
import { useSlashShortcut } from "./use-slash-shortcut";

/**
 * The header's search: a combobox (ARIA 1.2 pattern) with typeahead
 * suggestions from the search API. Arrows move through suggestions, Enter
 * opens the active one or the results page, Escape closes the list, and `/`
 * focuses the box from anywhere.
 */
export function SearchBox() {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const urlQuery = pathname === "/search" ? (searchParams.get("q") ?? "") : "";
  const [query, setQuery] = useState(urlQuery);
  const [syncedQuery, setSyncedQuery] = useState(urlQuery);
  const [isOpen, setIsOpen] = useState(false);
  const [isFocused, setIsFocused] = useState(false);
  const [activeIndex, setActiveIndex] = useState(-1);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const optionId = (index: number) => `${listId}-option-${index}`;
  useSlashShortcut(inputRef);

  // Follow the URL when it changes (back/forward, a facet link), not while typing.
  if (urlQuery !== syncedQuery) {
    setSyncedQuery(urlQuery);
    setQuery(urlQuery);
  }

  const { suggestions, isLoading, isError, isEnabled } = useSearchSuggestions(
    query,
    isFocused,
  );
  // The last option is always "all results for …".
  const optionCount = isEnabled ? suggestions.length + 1 : 0;
  const isExpanded = isOpen && optionCount > 0;

  const close = () => {
    setIsOpen(false);
    setActiveIndex(-1);
  };
  const go = (href: string) => {
    close();
    inputRef.current?.blur();
    router.push(href);
  };
  const openResults = () => {
    if (query.trim() === "") return;
    go(buildSearchHref({ q: query, filters: {}, page: 1 }));
  };
  const choose = (index: number) => {
    const suggestion = suggestions[index];
    if (suggestion) go(suggestion.url);
    else openResults();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case "ArrowDown":
      case "ArrowUp": {
        if (optionCount === 0) return;
        event.preventDefault();
        setIsOpen(true);
        const step = event.key === "ArrowDown" ? 1 : -1;
        setActiveIndex((i) =>
          i === -1 && step === -1
            ? optionCount - 1
            : (i + step + optionCount) % optionCount,
        );
        return;
      }
      case "Enter":
        event.preventDefault();
        if (isExpanded && activeIndex >= 0) choose(activeIndex);
        else openResults();
        return;
      case "Escape":
        if (isExpanded) {
          event.preventDefault();
          close();
        } else if (query !== "") {
          event.preventDefault();
          setQuery("");
        }
        return;
      default:
        return;
    }
  };

  return (
    <form
      role="search"
      action="/search"
      onSubmit={(event) => {
        event.preventDefault();
        openResults();
      }}
      className="relative w-full max-w-md min-w-0"
    >
      <label htmlFor={`${listId}-input`} className="sr-only">
        Search the catalog
      </label>
      <Search
        aria-hidden
        className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-fg-subtle"
      />
      <input
        ref={inputRef}
        id={`${listId}-input`}
        name="q"
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={isExpanded}
        aria-controls={listId}
        aria-activedescendant={
          isExpanded && activeIndex >= 0 ? optionId(activeIndex) : undefined
        }
        placeholder="Search models, sources, columns…"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setIsOpen(true);
          setActiveIndex(-1);
        }}
        onFocus={() => {
          setIsFocused(true);
          setIsOpen(true);
        }}
        onBlur={() => {
          setIsFocused(false);
          close();
        }}
        onKeyDown={onKeyDown}
        className="peer h-8 w-full min-w-0 rounded-md border border-border-strong bg-surface pr-9 pl-8 text-[13px] text-fg shadow-xs transition-colors outline-none placeholder:text-fg-subtle hover:border-fg-subtle/60 focus:border-accent focus:ring-2 focus:ring-accent/25 [&::-webkit-search-cancel-button]:hidden"
      />
      {isLoading ? (
        <LoaderCircle
          aria-hidden
          className="pointer-events-none absolute top-1/2 right-2.5 size-3.5 -translate-y-1/2 animate-spin text-fg-subtle"
        />
      ) : (
        <kbd
          aria-hidden
          className="pointer-events-none absolute top-1/2 right-2 hidden -translate-y-1/2 rounded border border-border-strong bg-surface-muted px-1.5 font-mono text-[11px] leading-4 text-fg-subtle sm:inline-block sm:peer-focus:hidden"
        >
          /
        </kbd>
      )}
      <div
        className={cn(
          "absolute top-full right-0 z-50 mt-1.5 w-[min(30rem,calc(100vw-1.5rem))] overflow-hidden rounded-lg border border-border bg-surface shadow-lg shadow-black/10 max-sm:fixed max-sm:inset-x-3 max-sm:top-14 max-sm:w-auto",
          !isExpanded && "hidden",
        )}
      >
        <ul
          id={listId}
          role="listbox"
          aria-label="Suggestions"
          className="max-h-[min(26rem,70vh)] overflow-y-auto py-1"
        >
          {suggestions.map((suggestion, index) => (
            <SuggestionOption
              key={`${suggestion.project}:${suggestion.uniqueId}`}
              id={optionId(index)}
              suggestion={suggestion}
              isActive={index === activeIndex}
              onChoose={() => choose(index)}
              onHover={() => setActiveIndex(index)}
            />
          ))}
          <li
            id={optionId(suggestions.length)}
            role="option"
            aria-selected={activeIndex === suggestions.length}
            onMouseDown={(event) => event.preventDefault()}
            onClick={openResults}
            onMouseMove={() => setActiveIndex(suggestions.length)}
            className={cn(
              "mx-1 flex cursor-pointer items-center gap-2 rounded-md px-2.5 py-2 text-[13px] text-fg-muted",
              suggestions.length > 0 && "mt-1",
              activeIndex === suggestions.length && "bg-surface-muted text-fg",
            )}
          >
            <Search aria-hidden className="size-4 shrink-0 text-fg-subtle" />
            <span className="min-w-0 flex-1 truncate">
              {isError
                ? "Suggestions failed: search all results for "
                : suggestions.length === 0 && !isLoading
                  ? "No suggestions: search all results for "
                  : "All results for "}
              <span className="font-medium text-fg">“{query.trim()}”</span>
            </span>
            <CornerDownLeft aria-hidden className="size-3.5 text-fg-subtle" />
          </li>
        </ul>
      </div>
    </form>
  );
}
