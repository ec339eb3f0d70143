import { KeyRound } from "lucide-react";
import { Markdown } from "@/components/ui/markdown";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@/components/ui/table";
import type { ColumnView } from "@/lib/db/queries/nodes";
import { describeColumnConstraints } from "./constraints";
import { TestChip } from "./test-chip";
import { ColumnLineageLine } from "@/components/column-lineage/column-lineage-line";

/** Whether the declared and the warehouse type say different things (case aside). */
function isTypeDifferent(declared: string, warehouse: string): boolean {
  return declared.trim().toLowerCase() !== warehouse.trim().toLowerCase();
}

function ColumnType({ column }: { column: ColumnView }) {
  const declared = column.dataType;
  const warehouse = column.catalogType;
  if (!declared && !warehouse) return <span className="text-fg-subtle">—</span>;
  if (declared && warehouse && isTypeDifferent(declared, warehouse))
    return (
      <span className="flex flex-col">
        <span title="Declared (contract or YAML data_type)">{declared}</span>
        <span
          className="text-fg-subtle"
          title="In the warehouse (catalog.json)"
        >
          <span className="sr-only">warehouse type </span>
          {warehouse}
        </span>
      </span>
    );
  return <span>{declared ?? warehouse}</span>;
}

/**
 * A node's columns: name with a primary-key marker, declared type (and the
 * warehouse's when it differs), description as Markdown, constraints, the
 * tests on each column with their latest result, and for a model where each
 * column comes from and how much uses it downstream.
 */
export function ColumnsTable({
  columns,
  modelConstraints,
  project,
}: {
  columns: ColumnView[];
  modelConstraints: unknown[];
  project: string;
}) {
  return (
    <Table label="Columns">
      <TableHead>
        <TableRow>
          <TableHeaderCell className="min-w-64">Column</TableHeaderCell>
          <TableHeaderCell>Type</TableHeaderCell>
          <TableHeaderCell>Constraints</TableHeaderCell>
          <TableHeaderCell>Tests</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {columns.map((column) => {
          const constraints = describeColumnConstraints(
            column.name,
            column.constraints,
            modelConstraints,
          );
          return (
            <TableRow key={column.name}>
              <TableCell>
                <div className="flex items-center gap-1.5">
                  <span className="font-mono text-xs font-medium break-all text-fg">
                    {column.name}
                  </span>
                  {constraints.isPrimaryKey ? (
                    <span
                      title="Primary key"
                      className="inline-flex items-center gap-0.5 rounded-sm bg-gold/10 px-1 text-[10px] font-semibold text-gold ring-1 ring-gold/25 ring-inset"
                    >
                      <KeyRound aria-hidden className="size-3" />
                      PK
                      <span className="sr-only">: primary key</span>
                    </span>
                  ) : null}
                </div>
                {column.description ? (
                  <Markdown className="mt-1 max-w-prose text-[13px] text-fg-muted">
                    {column.description}
                  </Markdown>
                ) : null}
                {column.lineage ? (
                  <ColumnLineageLine
                    lineage={column.lineage}
                    project={project}
                  />
                ) : null}
              </TableCell>
              <TableCell isMono className="whitespace-nowrap">
                <ColumnType column={column} />
              </TableCell>
              <TableCell>
                {constraints.labels.length === 0 ? (
                  <span className="text-fg-subtle">—</span>
                ) : (
                  <ul className="flex flex-col gap-0.5 font-mono text-xs text-fg-muted">
                    {constraints.labels.map((label) => (
                      <li key={label}>{label}</li>
                    ))}
                  </ul>
                )}
              </TableCell>
              <TableCell>
                {column.tests.length === 0 ? (
                  <span className="text-fg-subtle">—</span>
                ) : (
                  <ul className="flex flex-wrap gap-1">
                    {column.tests.map((test) => (
                      <li key={test.uniqueId}>
                        <TestChip test={test} project={project} />
                      </li>
                    ))}
                  </ul>
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
