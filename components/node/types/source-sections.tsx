import { KeyValue, KeyValueList } from "@/components/ui/key-value";
import { FreshnessBadge } from "@/components/ui/freshness-badge";
import { formatAge } from "@/components/ui/format-number";
import { Markdown } from "@/components/ui/markdown";
import { RelativeTime } from "@/components/ui/relative-time";
import { Section } from "@/components/ui/section";
import {
  formatPeriod,
  type DetailsOf,
  type Period,
} from "@/lib/artifacts/node-details";
import type { NodeDetail } from "@/lib/db/queries/nodes";
import { NodeFacts } from "../node-facts";

function describe(period: Period | null | undefined): string | null {
  return period ? formatPeriod(period) : null;
}

/**
 * How fresh a source is: the last check's status, how old its newest row
 * was, and the criteria it is held to (from the check itself, else from the
 * source's configuration).
 */
export function FreshnessSection({
  node,
  source,
}: {
  node: NodeDetail;
  source: DetailsOf<"source">;
}) {
  const result = node.freshness;
  const criteria = result?.criteria ?? source.freshness;
  return (
    <Section
      id="freshness"
      title="Freshness"
      description="From the last dbt source freshness run (sources.json)."
    >
      <div className="rounded-lg border border-border bg-surface px-5 py-4">
        {result ? (
          <div className="flex flex-col gap-4">
            <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
              <FreshnessBadge
                status={result.status}
                className="h-6 px-2 text-[13px]"
              />
              {result.maxLoadedAt ? (
                <p className="text-[13px] text-fg">
                  Newest row loaded{" "}
                  <RelativeTime
                    date={result.maxLoadedAt}
                    className="font-medium"
                  />
                </p>
              ) : null}
            </div>
            <KeyValueList>
              <KeyValue label="Age when checked">
                {result.ageSeconds === null
                  ? null
                  : formatAge(result.ageSeconds)}
              </KeyValue>
              <KeyValue label="Checked">
                {result.snapshottedAt ? (
                  <RelativeTime date={result.snapshottedAt} />
                ) : null}
              </KeyValue>
              <KeyValue label="Warn after">
                {describe(criteria?.warnAfter)}
              </KeyValue>
              <KeyValue label="Error after">
                {describe(criteria?.errorAfter)}
              </KeyValue>
              {criteria?.filter ? (
                <KeyValue label="Filter">
                  <code className="font-mono text-xs break-words">
                    {criteria.filter}
                  </code>
                </KeyValue>
              ) : null}
            </KeyValueList>
            {result.error ? (
              <pre className="overflow-x-auto rounded-md border border-error/25 bg-error/5 px-3 py-2 font-mono text-xs whitespace-pre-wrap text-fg">
                {result.error}
              </pre>
            ) : null}
          </div>
        ) : criteria ? (
          <p className="text-[13px] text-fg-muted">
            Expected within{" "}
            {describe(criteria.warnAfter ?? criteria.errorAfter)}, but not in
            the last sources.json: run{" "}
            <code className="font-mono text-xs">dbt source freshness</code> and
            ingest its result.
          </p>
        ) : (
          <p className="text-[13px] text-fg-muted">
            No freshness criteria configured for this source.
          </p>
        )}
      </div>
    </Section>
  );
}

/** A source table's facts: which source it belongs to, its loader and loaded-at field. */
export function SourceFacts({
  node,
  source,
}: {
  node: NodeDetail;
  source: DetailsOf<"source">;
}) {
  return (
    <NodeFacts node={node}>
      <KeyValue label="Source">{source.sourceName}</KeyValue>
      <KeyValue label="Loader">{source.loader}</KeyValue>
      <KeyValue label="Loaded at">
        {source.loadedAtField ? (
          <code className="font-mono text-xs">{source.loadedAtField}</code>
        ) : null}
      </KeyValue>
      {source.sourceDescription ? (
        <KeyValue label="About the source">
          <Markdown className="text-[13px]">
            {source.sourceDescription}
          </Markdown>
        </KeyValue>
      ) : null}
    </NodeFacts>
  );
}
