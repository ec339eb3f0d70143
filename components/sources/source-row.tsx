import Link from "next/link";
import { AlertTriangle, CheckCircle2, Clock } from "lucide-react";
import type { SourceStatus } from "@/lib/sources/source-status";
import { projectUrl } from "@/lib/urls";
import { Badge } from "@/components/ui/badge";
import { RelativeTime } from "@/components/ui/relative-time";
import { TableCell, TableRow } from "@/components/ui/table";
import { PullNowButton } from "./pull-now-button";

const TYPE_LABELS: Record<SourceStatus["type"], string> = {
  file: "File",
  http: "HTTP",
  s3: "S3",
  gcs: "GCS",
  azure: "Azure Blob",
  dbt_cloud: "dbt Cloud",
};

function HealthBadge({ source }: { source: SourceStatus }) {
  if (source.health === "ok")
    return (
      <Badge tone="pass" icon={CheckCircle2}>
        Up to date
      </Badge>
    );
  if (source.health === "pending")
    return (
      <Badge tone="neutral" icon={Clock}>
        Not pulled yet
      </Badge>
    );
  return (
    <Badge tone={source.isOptional ? "warn" : "fail"} icon={AlertTriangle}>
      {source.consecutiveFailures > 1
        ? `Failing · ${source.consecutiveFailures} in a row`
        : "Failing"}
    </Badge>
  );
}

function describeIngest(change: Record<string, unknown>): string {
  const count = (key: string) =>
    typeof change[key] === "number" ? change[key] : 0;
  return `${count("nodes")} nodes · ${count("edges")} edges · ${count("dataProducts")} products`;
}

/** What the last pull changed: the ingest's summary, or nothing new (with the last ingest's, if any). */
function LastChange({ source }: { source: SourceStatus }) {
  const { lastChange, lastOutcome } = source;
  if (lastOutcome === "unchanged")
    return (
      <>
        <span className="whitespace-nowrap">Nothing new</span>
        {lastChange ? (
          <p className="mt-1 text-xs text-fg-subtle">
            last ingest: {describeIngest(lastChange)}
          </p>
        ) : null}
      </>
    );
  return <>{lastChange ? describeIngest(lastChange) : "—"}</>;
}

/** One source: where it is, how its pulls go, and a button to pull it now. */
export function SourceRow({ source }: { source: SourceStatus }) {
  return (
    <TableRow>
      <TableCell>
        <div className="flex items-center gap-2">
          <span className="font-medium text-fg">{source.name}</span>
          <Badge>{TYPE_LABELS[source.type]}</Badge>
          {source.isOptional ? <Badge tone="skipped">optional</Badge> : null}
        </div>
        <div
          className="mt-0.5 max-w-48 truncate font-mono sm:max-w-md text-xs text-fg-muted"
          title={source.location}
        >
          {source.location}
        </div>
        {source.project ? (
          <Link
            href={projectUrl(source.project)}
            className="text-xs text-fg-muted underline-offset-2 hover:text-fg hover:underline"
          >
            project {source.project}
          </Link>
        ) : null}
      </TableCell>
      <TableCell>
        <HealthBadge source={source} />
        {source.lastError && source.health === "failing" ? (
          <p
            className="mt-1 line-clamp-3 max-w-sm text-xs break-words text-error"
            title={source.lastError.message}
          >
            {source.lastError.message}
          </p>
        ) : null}
      </TableCell>
      <TableCell className="text-fg-muted">
        {source.lastSuccessAt ? (
          <RelativeTime date={source.lastSuccessAt} />
        ) : (
          "never"
        )}
        {source.lastError && source.health === "ok" ? (
          <p className="mt-1 text-xs text-fg-subtle">
            last error <RelativeTime date={source.lastError.at} />
          </p>
        ) : null}
      </TableCell>
      <TableCell className="text-fg-muted">
        <RelativeTime date={source.nextRunAt} />
        <div className="font-mono text-xs whitespace-nowrap text-fg-subtle">
          {source.schedule}
        </div>
      </TableCell>
      <TableCell className="text-fg-muted">
        <LastChange source={source} />
      </TableCell>
      <TableCell align="right">
        <PullNowButton source={source.name} />
      </TableCell>
    </TableRow>
  );
}
