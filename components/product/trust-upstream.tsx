import Link from "next/link";
import { Card, CardHeader } from "@/components/ui/card";
import { FreshnessBadge } from "@/components/ui/freshness-badge";
import { formatAge } from "@/components/ui/format-number";
import { StatusBadge } from "@/components/ui/status-badge";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@/components/ui/table";
import type {
  ProductUpstream,
  UpstreamSourceView,
} from "@/lib/db/queries/product-trust";
import { nodeUrl } from "@/lib/urls";

const LINK =
  "font-medium text-fg hover:text-accent hover:underline hover:underline-offset-4";

/** The sources a product is built from: their freshness criteria and last check. */
export function UpstreamSources({
  sources,
  project,
}: {
  sources: readonly UpstreamSourceView[];
  project: string;
}) {
  if (sources.length === 0) return null;
  return (
    <Table label="Upstream sources">
      <TableHead>
        <TableRow>
          <TableHeaderCell>Source upstream</TableHeaderCell>
          <TableHeaderCell>Freshness criteria</TableHeaderCell>
          <TableHeaderCell align="right">Newest row</TableHeaderCell>
          <TableHeaderCell>Last check</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {sources.map((source) => (
          <TableRow key={source.uniqueId}>
            <TableCell isMono>
              <Link
                href={nodeUrl({
                  project,
                  uniqueId: source.uniqueId,
                  resourceType: "source",
                  name: source.name,
                })}
                className={LINK}
              >
                {source.name}
              </Link>
            </TableCell>
            <TableCell className="text-fg-muted">
              {source.criteria ?? (
                <span className="text-fg-subtle">none: never checked</span>
              )}
            </TableCell>
            <TableCell isNumeric className="whitespace-nowrap text-fg-muted">
              {source.result?.ageSeconds != null
                ? `${formatAge(source.result.ageSeconds)} old`
                : "—"}
            </TableCell>
            <TableCell>
              {source.result ? (
                <FreshnessBadge status={source.result.status} />
              ) : (
                <span className="text-xs text-fg-subtle">
                  {source.criteria ? "not checked" : "—"}
                </span>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** Upstream tests that warned or failed in the latest run, and the nodes they check. */
export function UpstreamTestProblems({
  upstream,
  project,
}: {
  upstream: ProductUpstream;
  project: string;
}) {
  if (upstream.nodeCount > 0 && upstream.tests.total === 0)
    return (
      <p className="rounded-lg border border-dashed border-border-strong px-4 py-3 text-[13px] text-fg-muted">
        Nothing upstream in {project} is tested: a problem in its inputs would
        reach this product unnoticed.
      </p>
    );
  if (upstream.problems.length === 0) return null;
  return (
    <Card>
      <CardHeader
        title="Upstream tests that did not pass"
        description="In the latest run of its project, on the nodes it is built from."
      />
      <ul
        aria-label="Upstream tests that did not pass"
        className="divide-y divide-border"
      >
        {upstream.problems.map((problem) => (
          <li
            key={problem.uniqueId}
            className="flex flex-wrap items-center gap-x-2 gap-y-1 px-4 py-2 text-[13px]"
          >
            <StatusBadge status={problem.status} />
            <Link
              href={nodeUrl({
                project,
                uniqueId: problem.uniqueId,
                resourceType: "test",
                name: problem.name,
              })}
              className={`${LINK} min-w-0 font-mono text-xs break-all`}
            >
              {problem.name}
            </Link>
            <span className="text-xs text-fg-muted">
              on{" "}
              <Link
                href={nodeUrl({ project, ...problem.node })}
                className="font-mono hover:text-accent hover:underline"
              >
                {problem.node.name}
              </Link>
            </span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
