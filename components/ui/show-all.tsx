"use client";

import { useState } from "react";
import { Button } from "./button";
import { formatCount } from "./format-number";

/**
 * Rows a long table shows before "Show all": hundreds of rows would otherwise
 * be sent or drawn, most never read, and hydrated all at once.
 */
export const ROWS_AT_FIRST = 50;

/** A list cut at `ROWS_AT_FIRST`: the rows to render, how many there are, and how to show them all. */
export type FirstRows<T> = {
  shown: readonly T[];
  total: number;
  showAll: () => void;
};

/** The first `ROWS_AT_FIRST` rows until the reader asks for all of them. */
export function useFirstRows<T>(rows: readonly T[]): FirstRows<T> {
  const [isEveryRowShown, setEveryRowShown] = useState(false);
  return {
    shown: isEveryRowShown ? rows : rows.slice(0, ROWS_AT_FIRST),
    total: rows.length,
    showAll: () => setEveryRowShown(true),
  };
}

/** Under a table cut short: how many rows there are, and a way to show them all. */
export function ShowAll({
  rows,
  what,
}: {
  rows: FirstRows<unknown>;
  /** The listed things, plural: "projects". */
  what: string;
}) {
  if (rows.shown.length >= rows.total) return null;
  return (
    <div className="mt-2 flex items-center justify-between gap-3 text-xs text-fg-muted">
      <span>
        {formatCount(rows.shown.length)} of {formatCount(rows.total)} {what}{" "}
        shown
      </span>
      <Button variant="secondary" size="sm" onClick={rows.showAll}>
        Show all {formatCount(rows.total)} {what}
      </Button>
    </div>
  );
}
