import { ArrowRight } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { CopyButton } from "@/components/ui/copy-button";
import { CrossProjectBadge } from "@/components/ui/cross-project-badge";
import type { StarTable } from "@/lib/mesh/star/types";
import {
  describeCardinality,
  describeSource,
  type JoinLine,
} from "@/lib/mesh/star/join-conditions";

function TableName({ table }: { table: StarTable }) {
  return (
    <span className="font-mono text-[13px] font-medium text-fg">
      {table.version ? `${table.name} v${table.version}` : table.name}
      {table.role === "focus" ? null : (
        <span className="ml-1 font-sans text-xs font-normal text-fg-subtle">
          {table.project}
        </span>
      )}
    </span>
  );
}

function explainCardinality(line: JoinLine): string {
  const from = line.from.name;
  const to = line.to.name;
  switch (line.cardinality) {
    case "many_to_one":
      return `Each ${from} row matches at most one ${to} row.`;
    case "one_to_one":
      return `Each ${from} row matches at most one ${to} row, and each ${to} row at most one ${from} row.`;
    case "unknown":
      return `Nothing declares ${to}'s side unique: a ${from} row may match several ${to} rows.`;
  }
}

/** Each join of the star as text: which tables, on what condition (copyable), how many rows match, where it is declared. */
export function JoinList({ lines }: { lines: JoinLine[] }) {
  return (
    <ul aria-label="Joins" className="flex flex-col gap-3">
      {lines.map((line) => (
        <li
          key={line.id}
          className="rounded-lg border border-border bg-surface px-4 py-3"
        >
          <div className="flex flex-wrap items-center gap-x-2 gap-y-1.5">
            <TableName table={line.from} />
            <ArrowRight
              aria-label="joins"
              className="size-3.5 text-fg-subtle"
            />
            <TableName table={line.to} />
            <Badge tone={line.cardinality === "unknown" ? "warn" : "accent"}>
              {describeCardinality(line.cardinality)}
            </Badge>
            {line.isCrossProject ? <CrossProjectBadge /> : null}
          </div>
          <div className="mt-2 flex items-center gap-2 rounded-md border border-border bg-surface-sunken py-1 pr-1 pl-3">
            <code className="min-w-0 flex-1 overflow-x-auto py-1 font-mono text-xs whitespace-nowrap text-fg">
              {line.condition}
            </code>
            <CopyButton
              value={line.condition}
              label={`Copy the join condition ${line.condition}`}
            />
          </div>
          <p className="mt-1.5 text-xs text-fg-muted">
            {explainCardinality(line)} Declared by{" "}
            {line.sources.map(describeSource).join(", ")}.
          </p>
        </li>
      ))}
    </ul>
  );
}
