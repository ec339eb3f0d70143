import { ArrowRight, Unlink } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { formatCount } from "@/components/ui/format-number";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@/components/ui/table";
import { TwoWayBadge } from "./two-way-badge";
import { ProjectChip } from "../project/project-chip";
import type { DependencyRow } from "./mesh-summary";

/** Who depends on whom: one row per consumer → producer, with its ref counts. */
export function DependencyTable({ rows }: { rows: DependencyRow[] }) {
  return (
    <Table label="Project dependencies: consumer refs producer">
      <TableHead>
        <TableRow>
          <TableHeaderCell className="w-44">Consumer</TableHeaderCell>
          <TableHeaderCell className="w-10">
            <span className="sr-only">refs</span>
          </TableHeaderCell>
          <TableHeaderCell className="w-52">Producer</TableHeaderCell>
          <TableHeaderCell align="right" className="w-20">
            Refs
          </TableHeaderCell>
          <TableHeaderCell align="right" className="w-28">
            Unresolved
          </TableHeaderCell>
          <TableHeaderCell className="pl-6">
            <span className="sr-only">Notes</span>
          </TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={`${row.consumer}→${row.producer}`}>
            <TableCell className="align-middle">
              <ProjectChip project={row.consumer} />
            </TableCell>
            <TableCell className="align-middle text-fg-subtle">
              <ArrowRight aria-label="refs" className="size-4" />
            </TableCell>
            <TableCell className="align-middle">
              <ProjectChip
                project={row.producer}
                isIngested={row.isProducerIngested}
              />
            </TableCell>
            <TableCell isNumeric className="align-middle">
              {formatCount(row.refs)}
            </TableCell>
            <TableCell
              isNumeric
              className={
                row.unresolved > 0
                  ? "align-middle font-medium text-warn"
                  : "align-middle text-fg-subtle"
              }
            >
              {formatCount(row.unresolved)}
            </TableCell>
            <TableCell className="pl-6 align-middle">
              <div className="flex flex-wrap gap-1.5">
                {row.isTwoWay ? (
                  <TwoWayBadge
                    producer={row.producer}
                    consumer={row.consumer}
                  />
                ) : null}
                {row.isProducerIngested ? null : (
                  <Badge
                    tone="warn"
                    icon={Unlink}
                    title="The producer was never ingested: its models cannot be shown"
                  >
                    Not in catalog
                  </Badge>
                )}
              </div>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
