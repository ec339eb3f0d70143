import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { formatCount, formatDuration } from "@/components/ui/format-number";
import { KeyValue, KeyValueList } from "@/components/ui/key-value";
import { RelativeTime } from "@/components/ui/relative-time";
import { StatusBadge } from "@/components/ui/status-badge";
import type { NodeDetail } from "@/lib/db/queries/nodes";

/** The node's last build (or test run) in run_results.json: status, when, how long, and dbt's message. */
export function BuildCard({
  runResult,
  title = "Last build",
}: {
  runResult: NodeDetail["runResult"];
  title?: string;
}) {
  return (
    <Card>
      <CardHeader title={title} />
      <CardBody>
        {runResult ? (
          <KeyValueList>
            <KeyValue label="Status">
              <StatusBadge status={runResult.status} />
            </KeyValue>
            {runResult.failures ? (
              <KeyValue label="Failing rows">
                <span className="font-medium text-fail tabular-nums">
                  {formatCount(runResult.failures)}
                </span>
              </KeyValue>
            ) : null}
            <KeyValue label="Finished">
              {runResult.completedAt ? (
                <RelativeTime date={runResult.completedAt} />
              ) : null}
            </KeyValue>
            <KeyValue label="Took">
              {runResult.executionTime === null
                ? null
                : formatDuration(runResult.executionTime)}
            </KeyValue>
            {runResult.message ? (
              <KeyValue label="Message">
                <span className="font-mono text-xs break-words">
                  {runResult.message}
                </span>
              </KeyValue>
            ) : null}
          </KeyValueList>
        ) : (
          <p className="text-[13px] text-fg-subtle">
            Not in the last run_results.json.
          </p>
        )}
      </CardBody>
    </Card>
  );
}
