import { CloudDownload } from "lucide-react";
import type { SourcesStatus } from "@/lib/sources/source-status";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Stat } from "@/components/ui/stat";
import {
  Table,
  TableBody,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@/components/ui/table";
import { PullTokenProvider } from "./pull-token";
import { SourceRow } from "./source-row";

const EXAMPLE = `manifests:
  - name: sales
    type: s3
    schedule: "*/30 * * * *"
    artifacts: [catalog, run_results]
    config:
      bucket_name: dbt-artifacts
      object_name: sales/target/manifest.json`;

/** The sources page: every configured source and how its pulls are going. */
export function SourcesView({ status }: { status: SourcesStatus }) {
  const failing = status.sources.filter((s) => s.health === "failing").length;
  const pending = status.sources.filter((s) => s.health === "pending").length;
  return (
    <>
      <PageHeader
        title="Sources"
        description={
          status.file ? (
            <>
              Where the catalog pulls artifacts from, on a schedule, as listed
              in <code className="font-mono text-xs">{status.file}</code>.
            </>
          ) : (
            "Where the catalog pulls artifacts from, on a schedule."
          )
        }
      />
      {status.sources.length === 0 ? (
        <EmptyState
          icon={CloudDownload}
          title="No sources configured"
          description={
            <>
              <p>
                Add a <code className="font-mono">catalog-sources.yml</code> (or
                set CATALOG_SOURCES_FILE), shaped like dbt-loom&apos;s config:
              </p>
              <pre className="mt-3 overflow-x-auto rounded-md bg-surface-muted p-3 text-left font-mono text-xs">
                {EXAMPLE}
              </pre>
            </>
          }
        />
      ) : (
        <>
          <div className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-3">
            <Stat label="Sources" value={status.sources.length} />
            <Stat
              label="Failing"
              value={failing}
              tone={failing > 0 ? "attention" : "default"}
              hint={
                failing > 0
                  ? "their projects may be stale"
                  : "every last pull succeeded"
              }
            />
            <Stat label="Not pulled yet" value={pending} />
          </div>
          <PullTokenProvider>
            <Table label="Configured sources">
              <TableHead>
                <TableRow>
                  <TableHeaderCell>Source</TableHeaderCell>
                  <TableHeaderCell>Status</TableHeaderCell>
                  <TableHeaderCell>Last success</TableHeaderCell>
                  <TableHeaderCell>Next run</TableHeaderCell>
                  <TableHeaderCell>Last change</TableHeaderCell>
                  <TableHeaderCell align="right">
                    <span className="sr-only">Actions</span>
                  </TableHeaderCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {status.sources.map((source) => (
                  <SourceRow key={source.name} source={source} />
                ))}
              </TableBody>
            </Table>
          </PullTokenProvider>
        </>
      )}
    </>
  );
}
