import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { formatCount } from "@/components/ui/format-number";
import { RelativeTime } from "@/components/ui/relative-time";
import { StatusBadge } from "@/components/ui/status-badge";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@/components/ui/table";
import type { TestView } from "@/lib/db/queries/nodes";
import { nodeUrl } from "@/lib/urls";
import { describeWarnOnly } from "./test-severity-note";

/** What kind of test this is: the generic test's name, or singular / unit test. */
export function getTestKind(
  test: Pick<TestView, "testName" | "resourceType">,
): string {
  if (test.resourceType === "unit_test") return "unit test";
  return test.testName ?? "singular";
}

/** Tests with their latest results: the failing ones say how many rows failed and why. */
export function TestsTable({
  tests,
  project,
  label,
}: {
  tests: TestView[];
  project: string;
  label: string;
}) {
  return (
    <Table label={label}>
      <TableHead>
        <TableRow>
          <TableHeaderCell className="min-w-56">Test</TableHeaderCell>
          <TableHeaderCell>Kind</TableHeaderCell>
          <TableHeaderCell>Result</TableHeaderCell>
          <TableHeaderCell>Ran</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {tests.map((test) => (
          <TableRow key={test.uniqueId}>
            <TableCell className="max-w-md">
              <Link
                href={nodeUrl({ ...test, project })}
                className="font-mono text-xs font-medium break-all text-fg hover:text-accent hover:underline hover:underline-offset-4"
              >
                {test.name}
              </Link>
              {test.message && test.status !== "pass" ? (
                <p className="mt-1 text-xs break-words text-fg-muted">
                  {test.message}
                </p>
              ) : null}
            </TableCell>
            <TableCell className="whitespace-nowrap">
              <Badge>{getTestKind(test)}</Badge>
              {describeWarnOnly(test.severity) ? (
                <span className="ml-1.5 text-xs text-fg-subtle">
                  {describeWarnOnly(test.severity)}
                </span>
              ) : null}
            </TableCell>
            <TableCell className="whitespace-nowrap">
              {test.status ? (
                <span className="flex items-center gap-2">
                  <StatusBadge status={test.status} />
                  {test.failures ? (
                    <span className="text-xs text-fg-muted tabular-nums">
                      {formatCount(test.failures)}{" "}
                      {test.failures === 1 ? "row" : "rows"}
                    </span>
                  ) : null}
                </span>
              ) : (
                <span className="text-fg-subtle">Not run</span>
              )}
            </TableCell>
            <TableCell className="whitespace-nowrap text-fg-muted">
              {test.completedAt ? (
                <RelativeTime date={test.completedAt} />
              ) : (
                "—"
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
