import type { ReactNode } from "react";
import { cn } from "./cn";

export type KeyValueListProps = {
  children: ReactNode;
  /** `stacked` puts each label above its value (narrow sidebars). */
  layout?: "columns" | "stacked";
  className?: string;
};

/** A description list of facts: owner, materialization, schema, ... */
export function KeyValueList({
  children,
  layout = "columns",
  className,
}: KeyValueListProps) {
  return (
    <dl
      data-layout={layout}
      className={cn(
        "group/kv text-[13px]",
        layout === "columns"
          ? "grid grid-cols-[minmax(6rem,max-content)_1fr] gap-x-6 gap-y-2"
          : "flex flex-col gap-3",
        className,
      )}
    >
      {children}
    </dl>
  );
}

export type KeyValueProps = {
  label: ReactNode;
  children: ReactNode;
};

/** One fact of a KeyValueList. An empty value shows a muted dash. */
export function KeyValue({ label, children }: KeyValueProps) {
  const isEmpty =
    children === null || children === undefined || children === "";
  return (
    <div className="contents group-data-[layout=stacked]/kv:flex group-data-[layout=stacked]/kv:flex-col group-data-[layout=stacked]/kv:gap-0.5">
      <dt className="text-fg-muted">{label}</dt>
      <dd className="min-w-0 break-words text-fg">
        {isEmpty ? <span className="text-fg-subtle">—</span> : children}
      </dd>
    </div>
  );
}
