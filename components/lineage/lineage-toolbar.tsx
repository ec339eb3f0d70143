"use client";

import { ChevronDown, Filter } from "lucide-react";
import { useRouter } from "next/navigation";
import { useOptimistic, useTransition } from "react";
import { cn } from "@/components/ui/cn";
import {
  getResourceTypeLabel,
  toResourceType,
} from "@/components/ui/resource-type";
import { formatHops, lineageUrl } from "@/lib/urls";
import {
  FILTER_TYPES,
  HOP_CHOICES,
  isTypeChecked,
  toggleType,
  type LineageQueryState,
} from "./lineage-query";

const FIELD =
  "h-8 rounded-md border border-border-strong bg-surface px-2 text-[13px] text-fg shadow-xs";

function HopsSelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value: number;
  onChange: (hops: number) => void;
}) {
  const choices = HOP_CHOICES.includes(value)
    ? HOP_CHOICES
    : [...HOP_CHOICES, value].sort((a, b) => a - b);
  return (
    <label className="flex items-center gap-1.5 text-xs font-medium text-fg-muted">
      {label}
      <select
        className={FIELD}
        value={formatHops(value)}
        onChange={(event) =>
          onChange(
            event.target.value === "full"
              ? Infinity
              : Number(event.target.value),
          )
        }
      >
        {choices.map((hops) => (
          <option key={formatHops(hops)} value={formatHops(hops)}>
            {Number.isFinite(hops)
              ? `${hops} ${hops === 1 ? "hop" : "hops"}`
              : "All"}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * How far the view reaches and which resource types it shows. Every change
 * is a new URL (shareable, and the back button undoes it); the server
 * computes the new view.
 */
export function LineageToolbar({
  project,
  uniqueId,
  query,
}: {
  project: string;
  uniqueId: string;
  query: LineageQueryState;
}) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  // The controls show the choice at once, while the server computes the view.
  const [shown, showChoice] = useOptimistic(query);
  const go = (next: LineageQueryState) =>
    startTransition(() => {
      showChoice(next);
      router.push(lineageUrl(project, uniqueId, next), { scroll: false });
    });
  const shownCount = FILTER_TYPES.filter((t) =>
    isTypeChecked(shown.types, t),
  ).length;
  return (
    <div
      className={cn(
        "flex flex-wrap items-center gap-x-4 gap-y-2",
        isPending && "opacity-70",
      )}
      aria-busy={isPending}
    >
      <HopsSelect
        label="Upstream"
        value={shown.up}
        onChange={(up) => go({ ...shown, up })}
      />
      <HopsSelect
        label="Downstream"
        value={shown.down}
        onChange={(down) => go({ ...shown, down })}
      />
      <details className="group/types relative">
        <summary
          className={cn(
            FIELD,
            "flex cursor-pointer list-none items-center gap-1.5 font-medium [&::-webkit-details-marker]:hidden",
          )}
        >
          <Filter aria-hidden className="size-3.5 text-fg-subtle" />
          Types
          <span className="text-fg-subtle tabular-nums">
            {shownCount}/{FILTER_TYPES.length}
          </span>
          <ChevronDown
            aria-hidden
            className="size-3.5 text-fg-subtle transition-transform group-open/types:rotate-180"
          />
        </summary>
        <fieldset className="absolute left-0 z-20 mt-1 grid w-56 gap-0.5 rounded-lg border border-border bg-surface p-2 shadow-lg">
          <legend className="sr-only">Resource types shown</legend>
          {FILTER_TYPES.map((type) => (
            <label
              key={type}
              className="flex cursor-pointer items-center gap-2 rounded-md px-2 py-1 text-[13px] text-fg hover:bg-surface-muted"
            >
              <input
                type="checkbox"
                className="size-3.5 accent-accent"
                checked={isTypeChecked(shown.types, type)}
                onChange={() =>
                  go({ ...shown, types: toggleType(shown.types, type) })
                }
              />
              {getResourceTypeLabel(toResourceType(type))}
            </label>
          ))}
        </fieldset>
      </details>
      {isPending ? (
        <span role="status" className="text-xs text-fg-subtle">
          Loading…
        </span>
      ) : null}
    </div>
  );
}
