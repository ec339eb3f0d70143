import { PackageCheck } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { AccessBadge } from "@/components/ui/access-badge";
import { Badge } from "@/components/ui/badge";
import type { Crumb } from "@/components/ui/breadcrumbs";
import { RelativeTime } from "@/components/ui/relative-time";
import { StatusBadge } from "@/components/ui/status-badge";
import { toRunStatus } from "@/lib/artifacts/run-statuses";
import type { NodeDetail } from "@/lib/db/queries/nodes";
import type { ProductScoreView } from "@/lib/db/queries/scores";
import { groupUrl } from "@/lib/urls";
import { ContractBadge } from "../node/contract-badge";
import { NodeHeader } from "../node/node-header";
import { TagList } from "../node/tag-list";
import { VersionBadge } from "../node/version-badge";
import { ProjectChip } from "../project/project-chip";
import { LevelBadge } from "./level-badge";
import { OwnerInline } from "./owner-list";
import type { OwnerEntry } from "./owners";

const FACT_LINK =
  "font-medium text-fg hover:text-accent hover:underline hover:underline-offset-4";

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="contents sm:flex sm:min-w-0 sm:flex-wrap sm:items-center sm:gap-x-1.5 sm:gap-y-1">
      <dt className="text-fg-muted">{label}</dt>
      <dd className="min-w-0 text-fg">{children}</dd>
    </div>
  );
}

/** The last build as a header fact: when, and its status unless it simply succeeded. */
function LastBuilt({ runResult }: { runResult: NodeDetail["runResult"] }) {
  if (!runResult?.completedAt)
    return <span className="text-fg-subtle">not in the last run</span>;
  const isSuccess = toRunStatus(runResult.status) === "success";
  return (
    <span className="inline-flex items-center gap-1.5">
      <RelativeTime date={runResult.completedAt} />
      {isSuccess ? null : <StatusBadge status={runResult.status} />}
    </span>
  );
}

/**
 * The top of a model's page: a data product's marker and maturity level,
 * its governance badges (access, contract, materialization, version, tags),
 * then where it lives and who answers for it: domain, group, owners, last build.
 */
export function ModelHeader({
  model,
  score,
  owners,
  crumbs,
  actions,
}: {
  model: NodeDetail;
  /** A data product's score; null for other models (or a product never scored). */
  score: ProductScoreView | null;
  owners: readonly OwnerEntry[];
  crumbs: Crumb[];
  /** Links to other views of the model, right of the title (lineage, impact). */
  actions?: ReactNode;
}) {
  return (
    <NodeHeader
      node={model}
      crumbs={crumbs}
      eyebrowExtra={
        model.isProduct ? (
          <Badge
            tone="public"
            icon={PackageCheck}
            title="A data product: a model meant for other domains"
          >
            Data product
          </Badge>
        ) : null
      }
      actions={actions}
      meta={
        <div className="flex w-full flex-col gap-3">
          <div className="flex flex-wrap items-center gap-1.5">
            {score ? (
              <LevelBadge
                level={score.level}
                levels={score.levels}
                score={score.score}
              />
            ) : null}
            {model.access ? <AccessBadge access={model.access} /> : null}
            <ContractBadge isEnforced={model.contractEnforced} isAbsentShown />
            {model.materialized ? <Badge>{model.materialized}</Badge> : null}
            {model.version ? (
              <VersionBadge
                version={model.version}
                latestVersion={model.latestVersion}
                deprecationDate={model.deprecationDate}
                isDateShown
              />
            ) : null}
            <TagList tags={model.tags} />
          </div>
          {/* A label column on phones; one line of facts on wider screens. */}
          <dl className="grid grid-cols-[max-content_minmax(0,1fr)] items-baseline gap-x-3 gap-y-2 text-[13px] sm:flex sm:flex-wrap sm:items-center sm:gap-x-5">
            <Fact label="Domain">
              <ProjectChip project={model.project} />
            </Fact>
            {model.group ? (
              <Fact label="Group">
                <Link
                  href={groupUrl(model.project, model.group.name)}
                  className={FACT_LINK}
                >
                  {model.group.name}
                </Link>
              </Fact>
            ) : null}
            <Fact label={owners.length > 1 ? "Owners" : "Owner"}>
              <OwnerInline owners={owners} />
            </Fact>
            <Fact label="Last built">
              <LastBuilt runResult={model.runResult} />
            </Fact>
          </dl>
        </div>
      }
    />
  );
}
