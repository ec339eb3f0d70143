"use client";

import { useState } from "react";
import { Button } from "./button";
import { formatCount } from "./format-number";

/**
 * Rows a long table shows before "Show all": hundreds of rows would otherwise
 * be sent or drawn, most never read, and hydrated all at once.
 */
export const ROWS_AT_FIRST = 50;

/** The first `ROWS_AT_FIRST` rows until the reader asks for all of them. */
export function useFirstRows<T>(rows: readonly T[]): {
  shown: readonly T[];
  showAll: () => void;
} {
  const [isEveryRowShown, setEveryRowShown] = useState(false);
  return {
    shown: isEveryRowShown ? rows : rows.slice(0, ROWS_AT_FIRST),
    showAll: () => setEveryRowShown(true),
  };
}

/** Under a table cut short: how many rows there are, and a way to show them all. */
export function ShowAll({
  shown,
  total,
  what,
  onShowAll,
}: {
  shown: number;
  total: number;
  /** The listed things, plural: "projects". */
  what: string;
  onShowAll: () => void;
}) {
  if (shown >= total) return null;
  return (
    <div className="mt-2 flex items-center justify-between gap-3 text-xs text-fg-muted">
      <span>
        {formatCount(shown)} of {formatCount(total)} {what} shown
      </span>
      <Button variant="secondary" size="sm" onClick={onShowAll}>
        Show all {formatCount(total)} {what}
      </Button>
    </div>
  );
}
