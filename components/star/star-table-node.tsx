"use client";

import { Handle, type Node, type NodeProps } from "@xyflow/react";
import { KeyRound, Link2, Unlink } from "lucide-react";
import Link from "next/link";
import { memo } from "react";
import { cn } from "@/components/ui/cn";
import { ResourceTypeIcon } from "@/components/ui/resource-type-badge";
import { nodeUrl } from "@/lib/urls";
import type { StarColumn } from "@/lib/mesh/star/types";
import { toHandles, type ShownTable } from "./star-layout";

export type StarTableFlowNode = Node<{ shown: ShownTable }, "table">;

const ROLE_LABELS = {
  focus: "this product",
  joined: "joins",
  built_from: "built from",
} as const;

function ColumnRow({ column }: { column: StarColumn }) {
  return (
    <li
      className={cn(
        "flex h-[26px] items-center gap-1.5 px-3 font-mono text-xs",
        column.isPrimaryKey || column.isForeignKey
          ? "text-fg"
          : "text-fg-muted",
      )}
    >
      <span className="flex w-9 shrink-0 items-center gap-0.5 font-sans text-[10px] font-semibold">
        {column.isPrimaryKey ? (
          <span
            className="flex items-center gap-0.5 text-gold"
            title="Primary key"
          >
            <KeyRound aria-hidden className="size-3" />
            PK
          </span>
        ) : column.isForeignKey ? (
          <span
            className="flex items-center gap-0.5 text-accent"
            title="Foreign key"
          >
            <Link2 aria-hidden className="size-3" />
            FK
          </span>
        ) : column.isUnique ? (
          <span className="text-fg-subtle" title="Unique">
            UQ
          </span>
        ) : null}
      </span>
      <span
        className={cn(
          "min-w-0 flex-1 truncate",
          !column.isDeclared && "italic",
        )}
      >
        {column.name}
        {column.isDeclared ? null : (
          <span className="font-sans text-[10px] text-fg-subtle">
            {" "}
            not declared
          </span>
        )}
      </span>
      {column.dataType ? (
        <span className="max-w-24 shrink-0 truncate text-[11px] text-fg-subtle">
          {column.dataType}
        </span>
      ) : null}
    </li>
  );
}

/** A table of the star: name and project, then its keys and columns, one port per row. */
export const StarTableNodeView = memo(function StarTableNodeView({
  data,
}: NodeProps<StarTableFlowNode>) {
  const { table, columns, hidden } = data.shown;
  const isFocus = table.role === "focus";
  const title = table.version ? `${table.name} v${table.version}` : table.name;
  return (
    <div
      className={cn(
        "h-full w-full overflow-hidden rounded-lg border bg-surface shadow-xs shadow-black/5",
        isFocus
          ? "border-accent ring-2 ring-accent/25"
          : "border-border-strong",
        table.isExternal && "border-dashed",
      )}
    >
      {toHandles(data.shown).map((handle) => (
        <Handle
          key={handle.id}
          id={handle.id ?? undefined}
          type={handle.type}
          position={handle.position}
          isConnectable={false}
          // The row's middle: React Flow measures handles where they are drawn.
          style={{ top: handle.y + 0.5 }}
        />
      ))}
      <div
        className={cn(
          "flex h-[50px] flex-col justify-center border-b px-3",
          isFocus
            ? "border-accent/30 bg-accent/[0.07]"
            : "border-border bg-surface-muted",
        )}
      >
        <span className="flex items-center gap-1.5 text-[13px] font-semibold text-fg">
          <ResourceTypeIcon type={table.resourceType} className="size-3.5" />
          {table.isExternal ? (
            <span className="truncate">{title}</span>
          ) : (
            <Link
              href={nodeUrl(table)}
              prefetch={false}
              className="nodrag nopan truncate hover:text-accent hover:underline"
            >
              {title}
            </Link>
          )}
        </span>
        <span className="flex items-center gap-1 truncate text-[11px] text-fg-subtle">
          {table.isExternal ? (
            <>
              <Unlink aria-hidden className="size-3 text-warn" />
              <span className="text-warn">not ingested</span>
            </>
          ) : (
            table.project
          )}
          <span>· {ROLE_LABELS[table.role]}</span>
        </span>
      </div>
      <ul className="py-0.5">
        {columns.map((column) => (
          <ColumnRow key={column.name} column={column} />
        ))}
        {hidden > 0 ? (
          <li className="flex h-[26px] items-center px-3 text-[11px] text-fg-subtle">
            +{hidden} more {hidden === 1 ? "column" : "columns"}
          </li>
        ) : null}
      </ul>
    </div>
  );
});
