import type { ComponentProps, ReactNode } from "react";
import { cn } from "./cn";

export type TableProps = {
  /** Names the table (caption) and its scroll region for assistive technology. */
  label: string;
  /** Show the label as a visible caption instead of only to screen readers. */
  isCaptionVisible?: boolean;
  children: ReactNode;
  className?: string;
  /** Classes of the <table> itself, e.g. `table-fixed` for columns of set widths. */
  tableClassName?: string;
};

/**
 * A bordered table that scrolls sideways on narrow screens. The scroll region
 * is focusable so that keyboard users can scroll it too.
 */
export function Table({
  label,
  isCaptionVisible = false,
  children,
  className,
  tableClassName,
}: TableProps) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className={cn(
        // relative: screen-reader-only text in cells is absolutely positioned
        // and would otherwise widen the page instead of scrolling with the table.
        "relative overflow-x-auto rounded-lg border border-border bg-surface",
        className,
      )}
    >
      <table
        className={cn(
          "w-full border-collapse text-left text-[13px]",
          tableClassName,
        )}
      >
        <caption
          className={
            isCaptionVisible
              ? "border-b border-border px-3 py-2 text-left text-xs text-fg-muted"
              : "sr-only"
          }
        >
          {label}
        </caption>
        {children}
      </table>
    </div>
  );
}

export function TableHead({ className, ...props }: ComponentProps<"thead">) {
  return (
    <thead
      className={cn("border-b border-border bg-surface-muted/60", className)}
      {...props}
    />
  );
}

export function TableBody({ className, ...props }: ComponentProps<"tbody">) {
  return (
    <tbody
      className={cn(
        "divide-y divide-border [&>tr:hover]:bg-surface-muted/50",
        className,
      )}
      {...props}
    />
  );
}

export function TableRow(props: ComponentProps<"tr">) {
  return <tr {...props} />;
}

type Alignment = "left" | "right" | "center";

const ALIGN: Record<Alignment, string> = {
  left: "text-left",
  right: "text-right",
  center: "text-center",
};

export type TableHeaderCellProps = ComponentProps<"th"> & { align?: Alignment };

/** A column header (`scope="col"` unless told otherwise). */
export function TableHeaderCell({
  align = "left",
  scope = "col",
  className,
  ...props
}: TableHeaderCellProps) {
  return (
    <th
      scope={scope}
      className={cn(
        "h-9 px-3 text-xs font-medium whitespace-nowrap text-fg-muted",
        ALIGN[align],
        className,
      )}
      {...props}
    />
  );
}

export type TableCellProps = ComponentProps<"td"> & {
  align?: Alignment;
  /** Identifiers, types and code: monospaced. */
  isMono?: boolean;
  /** Counts and durations: right-aligned tabular figures. */
  isNumeric?: boolean;
};

export function TableCell({
  align,
  isMono = false,
  isNumeric = false,
  className,
  ...props
}: TableCellProps) {
  return (
    <td
      className={cn(
        "px-3 py-2 align-top text-fg",
        ALIGN[align ?? (isNumeric ? "right" : "left")],
        isMono && "font-mono text-xs leading-5",
        isNumeric && "tabular-nums",
        className,
      )}
      {...props}
    />
  );
}
