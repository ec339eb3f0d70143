import { Clock, Database, FileCheck2, FlaskConical } from "lucide-react";
import { formatBytes, formatCount } from "@/components/ui/format-number";
import { Section } from "@/components/ui/section";
import type { NodeDetail } from "@/lib/db/queries/nodes";
import type { ProductUpstream } from "@/lib/db/queries/product-trust";
import type { ProductRuns } from "@/lib/db/queries/run-history";
import { describeModelConstraints } from "../node/constraints";
import {
  collectNodeTests,
  summarizeTests,
} from "@/lib/db/queries/test-summary";
import { assessFreshness } from "@/lib/score/freshness-assessment";
import { FreshnessFacts, FreshnessHeadline } from "./trust-freshness";
import { TestsFacts, TestsHeadline } from "./trust-tests";
import { TrustTile } from "./trust-tile";
import { BuildTimeCard, TestRunsLine } from "./run-history";
import { UpstreamSources, UpstreamTestProblems } from "./trust-upstream";

/**
 * The product's SLAs and how it stands against them: freshness (its own
 * build against its SLA, the sources it is built from), tests on it and
 * upstream of it, its size in the warehouse, and whether its contract holds
 * its shape.
 */
export function TrustSection({
  model,
  upstream,
  runs,
  slaMetaKeys,
  now,
}: {
  model: NodeDetail;
  upstream: ProductUpstream;
  runs: ProductRuns;
  slaMetaKeys: readonly string[];
  now: Date;
}) {
  const freshness = assessFreshness(
    {
      node: { config: { ...model.config }, meta: { ...model.meta } },
      builtAt: model.runResult?.completedAt ?? null,
      sources: upstream.sources.map((s) => ({
        name: s.name,
        criteria: s.criteria,
        status: s.result?.status ?? null,
      })),
    },
    slaMetaKeys,
    now,
  );
  const ownTests = summarizeTests(collectNodeTests(model));
  const constraints =
    describeModelConstraints(model.constraints).length +
    model.columns.reduce((n, c) => n + c.constraints.length, 0);
  return (
    <Section
      id="trust"
      title="Trust and SLAs"
      description="How fresh and how well tested it is, in the latest artifacts of its project."
    >
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 xl:grid-cols-4">
        <TrustTile
          icon={Clock}
          title="Freshness"
          headline={<FreshnessHeadline state={freshness.state} />}
        >
          <FreshnessFacts assessment={freshness} />
        </TrustTile>
        <TrustTile
          icon={FlaskConical}
          title="Tests"
          headline={<TestsHeadline own={ownTests} upstream={upstream.tests} />}
        >
          <TestsFacts own={ownTests} upstream={upstream} />
          <TestRunsLine runs={runs} />
        </TrustTile>
        <TrustTile
          icon={Database}
          title="Size"
          headline={
            model.catalog?.rowCount != null
              ? `${formatCount(model.catalog.rowCount)} rows`
              : "Unknown"
          }
        >
          {model.catalog ? (
            <>
              <p>
                {model.catalog.bytes != null
                  ? formatBytes(model.catalog.bytes)
                  : "Size not reported"}
                {model.catalog.tableType
                  ? ` · ${model.catalog.tableType.toLowerCase()}`
                  : ""}
              </p>
              <p>From the last catalog.json</p>
            </>
          ) : (
            <p>Not in the last catalog.json (run `dbt docs generate`).</p>
          )}
        </TrustTile>
        <TrustTile
          icon={FileCheck2}
          title="Contract"
          headline={
            model.contractEnforced ? (
              <span className="text-pass">Enforced</span>
            ) : (
              <span className="text-fg-muted">Not enforced</span>
            )
          }
        >
          <p>
            {model.contractEnforced
              ? "Column names and types are checked at every build; breaking changes need a new version."
              : "Columns may change shape without a new version."}
          </p>
          {constraints > 0 ? (
            <p>
              {constraints} {constraints === 1 ? "constraint" : "constraints"}{" "}
              declared
            </p>
          ) : null}
        </TrustTile>
      </div>
      <div className="mt-3 grid grid-cols-1 gap-3 *:min-w-0">
        <BuildTimeCard builds={runs.builds} />
        <UpstreamSources sources={upstream.sources} project={model.project} />
        <UpstreamTestProblems upstream={upstream} project={model.project} />
      </div>
    </Section>
  );
}
